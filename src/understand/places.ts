import { pinyin } from 'pinyin-pro';
import { DISTRICT_CITY, MAINLAND_CITIES, MAINLAND_COUNTIES } from './divisions.js';

/**
 * Place names people write without 省/市/区 ("石家庄 桥西区", "浦东张江路88号", "香港仔", "Taipei"): a city
 * or district named this way is as good as one with its suffix. Prefecture-level cities of the
 * mainland (the larger ones, by 2020 population), the municipalities' best-known districts, the
 * districts of Hong Kong and Macau, and Taiwan's cities.
 */
const ZH_PLACES = [
  // provinces and regions
  '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆',
  // municipalities and their best-known districts
  '北京', '上海', '天津', '重庆', '浦东', '闵行', '徐汇', '静安', '黄浦', '长宁', '普陀', '虹口', '杨浦', '宝山', '嘉定', '松江', '青浦', '奉贤', '金山', '崇明',
  '朝阳', '海淀', '东城', '西城', '丰台', '石景山', '通州', '顺义', '昌平', '大兴', '房山', '望京', '中关村', '亦庄', '滨海', '渝北', '渝中', '江北', '南岸', '沙坪坝', '九龙坡',
  // capitals and other large cities
  '石家庄', '唐山', '保定', '廊坊', '邯郸', '邢台', '沧州', '衡水', '秦皇岛', '张家口', '承德', '太原', '大同', '呼和浩特', '包头', '沈阳', '大连', '鞍山', '长春', '哈尔滨', '大庆',
  '南京', '苏州', '无锡', '常州', '南通', '徐州', '扬州', '镇江', '盐城', '昆山', '杭州', '宁波', '温州', '绍兴', '嘉兴', '金华', '台州', '湖州', '义乌', '合肥', '芜湖',
  '福州', '厦门', '泉州', '漳州', '南昌', '赣州', '济南', '青岛', '烟台', '潍坊', '淄博', '临沂', '济宁', '威海', '郑州', '洛阳', '开封', '新乡', '南阳', '武汉', '宜昌', '襄阳',
  '长沙', '株洲', '湘潭', '岳阳', '衡阳', '广州', '深圳', '东莞', '佛山', '珠海', '中山', '惠州', '江门', '汕头', '湛江', '肇庆', '南宁', '桂林', '柳州', '海口', '三亚',
  '成都', '绵阳', '德阳', '宜宾', '南充', '乐山', '泸州', '贵阳', '遵义', '昆明', '大理', '丽江', '拉萨', '西安', '咸阳', '宝鸡', '兰州', '西宁', '银川', '乌鲁木齐',
  // Hong Kong, Macau, Taiwan
  '香港', '九龙', '新界', '港岛', '中环', '上环', '湾仔', '铜锣湾', '北角', '鲗鱼涌', '太古', '柴湾', '筲箕湾', '香港仔', '旺角', '油麻地', '尖沙咀', '深水埗', '长沙湾', '九龙城', '红磡', '土瓜湾',
  '观塘', '九龙湾', '黄大仙', '将军澳', '荃湾', '葵涌', '青衣', '屯门', '元朗', '天水围', '沙田', '马鞍山', '大埔', '上水', '粉岭', '东涌', '澳门', '氹仔', '路环', '黑沙环', '新口岸', '南湾', '下环', '筷子基', '祐汉', '望厦',
  '台北', '新北', '桃园', '台中', '台南', '高雄', '基隆', '新竹', '嘉义', '宜兰', '花莲',
];

/** A city-level area in Chinese: an administrative suffix, or a place named without one. */
// "南京西路", "中山公园": a city's name in a road or park name is not the city.
const NOT_A_ROAD = String.raw`(?![东西南北中]?(?:路|街|道|大街|大道|巷|公园|小区|花园|广场|大厦|汇|里))`;
/** Longest first, so "马鞍山" is the city and not a 马 before "鞍山". */
const alternation = (names: readonly string[]) => [...new Set(names)].sort((a, b) => b.length - a.length).join('|');
const NAMED = `(?:${alternation([...ZH_PLACES, ...MAINLAND_CITIES])})${NOT_A_ROAD}`;
export const ZH_AREA = new RegExp(`省|市|区|县|自治州|特别行政区|${NAMED}|(?:${alternation(MAINLAND_COUNTIES)})${NOT_A_ROAD}`);
/**
 * Where the city is settled: a city, province or region, a place named above, or a district found in one
 * city only (越秀区). Another district alone is not (鼓楼区 is in Nanjing, Fuzhou, Xuzhou and Kaifeng; 朝阳区
 * in Beijing and Changchun): it is asked.
 */
export const ZH_CITY = new RegExp(`省|市|自治州|特别行政区|${NAMED}|(?:${alternation([...DISTRICT_CITY.keys()])})`);

/**
 * The mainland places above as English speakers write them: in pinyin, syllables run together or split
 * ("Pudong", "Jing'an", "Xi An", "Haidian"), from pinyin-pro; and the few with a conventional spelling.
 * Hong Kong, Macau and Taiwan are romanised otherwise and listed by hand below.
 */
// Neighbourhoods (望京, 中关村, 亦庄) name no city in English: "Tower 2, Wangjing SOHO" still asks for the rest.
const PINYIN_PLACES = ZH_PLACES.slice(0, ZH_PLACES.indexOf('香港')).filter((place) => !['望京', '中关村', '亦庄'].includes(place))
  .map((place) => pinyin(place, { toneType: 'none', type: 'array' }).join(String.raw`['’\s-]?`));
const CONVENTIONAL = ['harbin', 'hohhot', 'urumqi', 'lhasa', 'tibet', 'inner mongolia', 'peking'];

const EN_PLACES = [
  ...PINYIN_PLACES, ...CONVENTIONAL,
  'london', 'manchester', 'birmingham', 'leeds', 'liverpool', 'glasgow', 'edinburgh', 'bristol', 'oxford', 'cambridge', 'cardiff', 'belfast',
  'new york', 'los angeles', 'san francisco', 'chicago', 'boston', 'seattle', 'houston', 'washington', 'toronto', 'vancouver', 'sydney', 'melbourne',
  'singapore', 'hong kong', 'kowloon', 'new territories', 'macau', 'taipei', 'new taipei', 'taichung', 'tainan', 'kaohsiung', 'hsinchu',
  'shanghai', 'beijing', 'shenzhen', 'guangzhou', 'chengdu', 'hangzhou', 'nanjing', 'suzhou', 'wuhan', 'tianjin', 'chongqing', 'xiamen', 'qingdao', 'shijiazhuang',
  'bangalore', 'bengaluru', 'mumbai', 'delhi', 'chennai', 'hyderabad', 'pune', 'kolkata',
  // Hong Kong districts and towns as written in English
  'hong kong island', 'sha tin', 'shatin', 'tsuen wan', 'tuen mun', 'yuen long', 'tai po', 'kwun tong', 'mong kok', 'mongkok', 'tsim sha tsui', 'tst',
  'causeway bay', 'wan chai', 'quarry bay', 'tseung kwan o', 'aberdeen', 'pok fu lam', 'pokfulam', 'discovery bay', 'tung chung', 'sai kung', 'happy valley', 'north point',
  'mid-levels', 'kowloon bay', 'kowloon tong', 'sheung wan', 'hung hom', 'to kwa wan', 'sham shui po', 'kwai chung', 'tsing yi', 'ma on shan', 'fanling', 'sheung shui', 'tin shui wai', 'taikoo',
  // more of the UK, Australia and Canada
  'nottingham', 'sheffield', 'newcastle', 'brighton', 'york', 'bath', 'reading', 'leicester', 'coventry', 'southampton', 'aberdeen', 'dundee', 'swansea',
  'kuala lumpur', 'kl', 'petaling jaya', 'selangor', 'penang', 'johor bahru', 'makati', 'manila', 'quezon city', 'cebu', 'taguig', 'pasig',
  'brisbane', 'perth', 'adelaide', 'hobart', 'canberra', 'darwin', 'gold coast', 'richmond', 'burnaby', 'surrey', 'montreal', 'calgary', 'ottawa', 'edmonton', 'victoria',
];

/**
 * A city-level area in English: a city name, or a postcode's shape (UK "SW1A 2AA", US "IL 62704",
 * a 5–6 digit code as in Singapore, India and China, an Australian state and 4-digit code "VIC 3065",
 * a Canadian "V6H 1G5" or province), or a Singapore unit number (#05-67).
 */
// "Victoria Road", "York Street": a town's name in a road name is not the town.
export const EN_AREA = new RegExp(String.raw`\b(?:${EN_PLACES.join('|')})\b(?!\s+(?:road|rd|street|st|avenue|ave|lane|ln|way|drive|dr|terrace|place|park)\b)|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b|\b[a-z]{2}\s+\d{5}(?:-\d{4})?\b|\b(?:nsw|vic|qld|wa|sa|tas|act|nt)\s+\d{4}\b|\b[a-z]\d[a-z]\s?\d[a-z]\d\b|\b(?:bc|ab|on|qc)\b(?=\s*(?:$|[a-z]\d))|\b\d{5,6}\b|#\d{1,3}-\d{1,5}\b`, 'i');
