import { createRequire } from 'node:module';

/**
 * The mainland's administrative divisions (GB/T 2260, from `china-area-data`), as customers write them:
 * without 市 / 县 / 区 / 自治州 and the ethnic names before them ("晋中榆次", "临汾", "黔东南"). Hong
 * Kong, Macau and Taiwan are romanised and spelt otherwise, so `places.ts` lists them by hand.
 */
type Table = Record<string, Record<string, string>>;
const TABLE = createRequire(import.meta.url)('china-area-data/v5/data.json') as Table;

/** Codes of the provinces `places.ts` covers by hand (Taiwan, Hong Kong, Macau). */
const BY_HAND = /^(71|81|82)/;
const ETHNIC = /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?$/;
const SUFFIX = /(?:自治州|自治县|自治旗|地区|林区|特区|新区|矿区|盟|市|县|区|旗)$/;
/** County names that are everyday words or road names all over the country ("和平路", "新华书店"). */
const EVERYDAY = new Set(['和平', '长安', '新华', '复兴', '新城', '青山', '光明', '胜利', '红旗', '向阳', '东风', '太平', '平安', '永和', '安宁', '城中', '城东', '城西', '城南', '城北', '市中', '城关', '高新', '开发', '经济', '郊区', '城区', '河东', '河西', '东方', '白云', '龙华', '新兴', '兴隆', '宝山', '大通', '文化', '民主', '团结', '先锋', '前进', '解放', '建设', '金山', '龙山', '凤凰', '海南', '河北', '山东', '江北', '江南', '南山', '北山', '西湖', '东湖']);

function bare(name: string): string {
  let rest = name.replace(SUFFIX, '');
  // "黔东南苗族侗族" → "黔东南": one or more ethnic names before the suffix.
  for (let previous = ''; previous !== rest && rest.length > 2; ) { previous = rest; rest = rest.replace(ETHNIC, ''); }
  return rest;
}

const children = (code: string) => Object.entries(TABLE[code] ?? {});
const prefectures = children('86').filter(([code]) => !BY_HAND.test(code)).flatMap(([code]) => children(code));
const counties = prefectures.flatMap(([code]) => children(code));
/** Names that are not places: the table's "municipal districts" and "county-level units under the province". */
const PLACEHOLDER = /市辖区|直辖县级行政区划|^县$/;
const named = (rows: [string, string][]) => rows.map(([, name]) => name).filter((name) => !PLACEHOLDER.test(name));
const usable = (names: string[]) => [...new Set(names.map(bare))].filter((name) => name.length >= 2 && !EVERYDAY.has(name));

/** Where the city is settled: prefecture-level cities and county-level cities (义乌, 晋江, 张家港). */
export const MAINLAND_CITIES: readonly string[] = usable([...named(prefectures), ...named(counties).filter((name) => name.endsWith('市'))]);
/** Districts and counties: a place, but not the city (鼓楼区 is in four cities). */
export const MAINLAND_COUNTIES: readonly string[] = usable(named(counties).filter((name) => !name.endsWith('市')))
  .filter((name) => !MAINLAND_CITIES.includes(name));

/**
 * Districts and counties whose full name is found in one city only ("越秀区" is Guangzhou's, "历下区" Jinan's;
 * "鼓楼区" is in four cities, "朝阳区" in two): named with its suffix, such a district settles the city.
 * Each maps to its city's bare name (a municipality's districts to the municipality).
 */
export const DISTRICT_CITY: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, string | null>();
  for (const [provinceCode, province] of children('86').filter(([code]) => !BY_HAND.test(code))) {
    for (const [prefectureCode, prefecture] of children(provinceCode)) {
      const city = bare(PLACEHOLDER.test(prefecture) ? province : prefecture);
      for (const [, county] of children(prefectureCode)) {
        if (!/[区县]$/.test(county) || PLACEHOLDER.test(county) || county.length < 3 || EVERYDAY.has(bare(county))) continue;
        seen.set(county, seen.has(county) && seen.get(county) !== city ? null : city);
      }
    }
  }
  return new Map([...seen].filter((entry): entry is [string, string] => entry[1] !== null));
})();

