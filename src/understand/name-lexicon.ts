/**
 * Single-character surnames: the Hundred Family Surnames (百家姓) and the commoner modern ones, among them
 * Cantonese 区/冼/邝/麦/岑 and Korean 朴/玄/琴/鞠 (not 权 or 宣, which start 权利 and 宣传). Left out: those that mostly start ordinary words in a reply (双十一, 国庆, 原来,
 * 平时, 东西, 干嘛), where a false name costs more than asking.
 */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝奚昌凤酆廉傅皮萧湛禹狄昝裘贲杭洪诸钮嵇滑荀羊於芮羿汲邴糜隗宓蓬郗钭戎韶郜蓟薄邰鄂索咸籍赖蔺屠胥苍闻莘贡逄堵宰郦雍却璩濮寿扈燕冀郏浦阎慕茹习宦鱼庾阙殳蔚夔厍晁訾阚蒯荆竺逯桓区冼植栗揭伦谌郇骞邸渠朴玄琴鞠';

/** Two-character surnames still in use (欧阳娜娜, 司马, 诸葛): the whole pair is the surname. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙', '夏侯', '端木', '南宫', '长孙', '宇文', '司徒', '申屠', '呼延', '澹台', '轩辕',
];

/**
 * How a surname is made into a form of address: 先生/女士/小姐, family words (阿姨, 大爷, 姐), jobs and
 * titles (老师, 师傅, 总, 工, 医生), and the Cantonese 生 (Mr) and 太 (Mrs) as in 陈生, 李太.
 */
export const HONORIFIC = /(先生|女士|小姐|太太|夫人|阿姨|叔叔|伯伯|阿伯|大爷|大妈|大娘|大叔|大姐|大哥|奶奶|爷爷|婆婆|阿婆|阿公|师傅|老师|同学|经理|老板|主任|医生|律师|校长|总|工|姐|哥|生|太|叔|伯|婶|姨|嫂|sir)$/i;

/**
 * Who someone is rather than what they are called (房东, 业主, 我老公): at the name prompt such a word alone
 * is not a name, though 房 and 业 could start one.
 */
export const ROLE = /^(?:我|我的|我家)?(?:房东|业主|租客|住户|户主|主人|老公|老婆|媳妇|儿子|女儿|闺女|老伴|爱人|家人|家里人|本人|自己|客户|用户|保姆|阿姨|工人|同事|老板|师傅|先生|女士|小姐|太太|朋友|邻居|物业|前台|保安)$/;

/** Characters of the grammar (particles, pronouns, negation, question words, common verbs): not in a given name. */
export const NOT_GIVEN = /[的了吗呢吧啊呀哦嗯是不没有在这那么什怎谁哪你您我他她它们烦说要会就都也还又再很太行对错修坏去看找打问等给让用把被过着得和或但如果因为所以已经候号点几些吃喝做搞弄想知认记以]/;

/**
 * Characters common in given names (2020 census name lists, both sexes): a reply of two or three of
 * these and nothing else is a given name typed without the surname (美玲, 志强).
 */
export const GIVEN_CHARS = new Set([...'美伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玲萍红建文辉宇鹏飞俊峰波宁欣怡婷雪琳晶颖慧佳倩琪晨浩轩梓涵子睿博瑞思雨萱诗嘉妍彤佩珊婉琦蕾薇璐莉丹凤玉珍梅燕春秋月琴芬淑惠贞娥翠菊荣国庆家德福贵富财志忠义仁礼信达海江山林森松柏鑫毅斌彬凯坤昊晓东永长宏鸿金银铭锋锦锐成龙虎豪雄威武健康乐安泰祥耀晖亮光辉君卫兵民生学群红霖泽宸宁悦馨媛娇瑶洁露芸蓉莲云凡帆航翔阳升昌盛旭晴婧璇'] );

/**
 * Characters Uyghur, Mongolian and Tibetan names are transliterated with (古丽娜尔, 巴特尔, 其其格, 买买提,
 * 扎西): a short reply made only of these is a name written without a Han surname.
 */
export const TRANSLITERATION_CHARS = new Set([...'阿艾巴拜布达迪多尔尕古哈汗赫吉加江杰卡克库拉兰丽力买麦曼米木穆娜纳尼努帕其琪热日萨塞沙斯苏索塔特提图吐瓦乌吾希夏亚伊依尤扎孜卓格桑德吉玛措旺次仁央宗罗布朗达娃巴雅斯琴乌兰敖登苏和毕力格']);
