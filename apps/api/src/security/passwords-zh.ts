/**
 * Chinese common-password data for the password policy (issue 18 item 9).
 * zxcvbn-ts ships English-language dictionaries only; Chinese users' most
 * common passwords are built differently: love numbers (5201314 "我爱你一生一世"),
 * pinyin words, pinyin names with a birth date, and a city or site name with
 * a year and a symbol.
 *
 * Sources:
 * - LEAKED_TOP: the 20 most frequent passwords of the 2014 12306 (China
 *   Railway booking) leak, as published in qingyuanxingsi/12306_passcracking
 *   (12306result.md, "Most frequently used passwords"), and the Chinese weak
 *   passwords listed in LandGrey/pydictor (rules/WeakPass.py: usual_weak_pass,
 *   ITpass), both on GitHub.
 * - The word lists below (love numbers and phrases, places, sites, surnames
 *   and given-name syllables) were written for jifen from those analyses'
 *   patterns and from common knowledge (approximately the 100 most common
 *   surnames of the Ministry of Public Security's name reports; provincial
 *   capitals and Shanghai's districts; the sites with the largest Chinese
 *   leaks). They are patterns, not anyone's leaked data.
 */

export const LEAKED_TOP: readonly string[] = [
  '123456', 'a123456', '123456a', '5201314', '111111', 'woaini1314', '123123', 'qq123456', '000000', '1qaz2wsx',
  '1q2w3e4r', 'qwe123', '7758521', '123qwe', 'a123123', 'woaini520', '123456aa', '1314520', '100200', 'woaini',
  '123456789', '12345678', '11111111', 'dearbook', '00000000', '123123123', '1234567890', '88888888', '111111111',
  '147258369', '987654321', 'aaaaaaaa', '1111111111', '66666666', 'a123456789', '11223344', 'xiazhili', '789456123',
  'qqqqqqqq', '000000000', '666666', '888888', 'iloveyou', 'woaini1314520', 'woaiwojia', 'wodemima', '5211314',
];

/** Love numbers and phrases (520 "我爱你", 1314 "一生一世", 7758 "亲亲我吧"), in pinyin and digits. */
export const LOVE_WORDS: readonly string[] = [
  '520', '521', '1314', '5201314', '1314520', '5211314', '7758521', '7758258', '520520', '521521', '1314521', '584520',
  '3344520', '2010520', '201314', 'woaini', 'woaini1314', 'woaini520', 'aini', 'aini1314', 'woaiwojia', 'woaini1314520',
  'iloveyou', 'loveyou', 'ilove', 'love', 'baobei', 'laopo', 'laogong', 'qinai', 'xiangni', 'yongyuan', 'yibeizi',
  'yishengyishi', 'tiantian', 'kuaile', 'xingfu', 'pingan', 'wodemima', 'mima', 'woshishui', 'nihao', 'zhongguo',
];

/** Places: Shanghai and its districts, the provincial capitals, big cities; and the sites of the largest Chinese leaks. */
export const PLACES_AND_SITES: readonly string[] = [
  'shanghai', 'pudong', 'puxi', 'huangpu', 'xuhui', 'changning', 'jingan', 'putuo', 'hongkou', 'yangpu', 'minhang',
  'baoshan', 'jiading', 'jinshan', 'songjiang', 'qingpu', 'fengxian', 'chongming', 'beijing', 'tianjin', 'chongqing',
  'guangzhou', 'shenzhen', 'hangzhou', 'nanjing', 'suzhou', 'wuhan', 'chengdu', 'xian', 'changsha', 'zhengzhou',
  'jinan', 'qingdao', 'dalian', 'shenyang', 'harbin', 'changchun', 'hefei', 'fuzhou', 'xiamen', 'nanchang', 'kunming',
  'guiyang', 'nanning', 'haikou', 'lanzhou', 'xining', 'yinchuan', 'taiyuan', 'shijiazhuang', 'huhehaote', 'wulumuqi',
  'lasa', 'wuxi', 'ningbo', 'wenzhou', 'china', 'zhonghua', 'qq', 'baidu', 'taobao', 'tmall', 'alipay', 'zhifubao',
  'weixin', 'wechat', 'weibo', 'sina', 'sohu', 'netease', 'tianya', 'csdn', 'renren', 'jingdong', 'jd', 'douyin',
  'meituan', 'ctrip', 'xiecheng', 'didi', 'kaixin', 'youku', 'jifen', 'juzhuzheng',
];

/** The 100 most common surnames, in pinyin. */
export const SURNAMES: readonly string[] = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo',
  'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng',
  'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lv', 'lu', 'ding',
  'ren', 'shen', 'yao', 'jin', 'cui', 'zhong', 'tan', 'fan', 'wan', 'qiu', 'shi', 'jia', 'xia', 'fu', 'fang', 'zou',
  'xiong', 'bai', 'meng', 'qin', 'yan', 'hou', 'duan', 'lei', 'long', 'tao', 'hao', 'kong', 'chang', 'gu', 'mao',
  'qiao', 'qian', 'kang', 'wen', 'niu', 'shao', 'xue', 'mo', 'hong', 'yin', 'gong', 'dai', 'fei', 'ou', 'ouyang',
  'situ', 'zhuge', 'shangguan', 'murong', 'sima',
];

/** Syllables common in given names (a name is a surname and one or two of them). */
export const GIVEN_SYLLABLES: readonly string[] = [
  'wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming',
  'chao', 'xiu', 'ying', 'xia', 'ping', 'gang', 'gui', 'hua', 'hong', 'mei', 'lan', 'fei', 'bin', 'bo', 'hui', 'dan',
  'ling', 'xin', 'yu', 'hao', 'yi', 'zhi', 'jian', 'guo', 'long', 'feng', 'wen', 'xiao', 'lin', 'chen', 'kai', 'rui',
  'xuan', 'zi', 'han', 'yue', 'jia', 'qi', 'tian', 'ning', 'peng', 'hai', 'bing', 'shan', 'xue', 'yun', 'lu', 'qing',
  'ting', 'fan', 'cheng', 'an', 'le', 'shu', 'zhen', 'ze', 'yao', 'xi', 'nan', 'dong', 'liang', 'jun', 'kun', 'le',
  'si', 'yuan', 'meng', 'ru', 'jiao', 'wan', 'qian', 'sheng', 'zhong', 'xiang', 'de', 'guang', 'fu', 'ke', 'lian',
];
