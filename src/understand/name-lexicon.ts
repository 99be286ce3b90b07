/** The commonest Chinese surnames (≈ 85 % of the population, 2020 census lists); a Chinese name starts with one. */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';

/** Two-character surnames still in use (欧阳娜娜, 司马, 诸葛): the whole pair is the surname. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙', '夏侯', '端木', '南宫', '长孙', '宇文', '司徒', '申屠', '呼延', '澹台', '轩辕',
];

/**
 * How a surname is made into a form of address: 先生/女士/小姐, family words (阿姨, 大爷, 姐), jobs and
 * titles (老师, 师傅, 总, 工, 医生), and the Cantonese 生 (Mr) and 太 (Mrs) as in 陈生, 李太.
 */
export const HONORIFIC = /(先生|女士|小姐|太太|夫人|阿姨|叔叔|伯伯|阿伯|大爷|大妈|大娘|大叔|大姐|大哥|奶奶|爷爷|婆婆|阿婆|阿公|师傅|老师|同学|经理|老板|主任|医生|律师|校长|总|工|姐|哥|生|太|sir)$/;
