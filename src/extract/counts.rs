//! Counts, rates and scores → the staff, score and drug-control fields of FIELDS.md. Owns a
//! table of rules, one or more per field, each naming the words that must stand next to the
//! figure (before it: 侦破毒品刑事案件58起; or after it: 3250名吸毒人员纳入网格管理), the words
//! that rule it out (another population: 公职人员, 驾驶员), and the figure's unit. Targets,
//! prior-year values and changes are filtered before any rule is tried. Hands `Candidate`s
//! to the field scanner.

use super::chars::{any_in, CharSet};
use super::number::{Num, Unit};
use super::sentence::{clause_end, clause_start, Candidate, Sentence};
use crate::extract::re::{PerThread, Re};
use crate::model::{Field, Qualifier};
use regex::Regex;

#[derive(Clone, Copy, PartialEq)]
enum U {
    Count,
    Percent,
    Score,
}

struct Rule {
    field: Field,
    unit: U,
    /// must match the clause text before the figure (after the last 至/为/达 …) + "▮" + the
    /// clause text after it
    near: &'static str,
    /// must match somewhere in the sentence ("" = no requirement)
    sentence: &'static str,
    /// must not match the previous clause + this clause
    not: &'static str,
}

const RULES: &[Rule] = &[
    // --- rates -----------------------------------------------------------------------
    Rule {
        field: Field::ControlRate,
        unit: U::Percent,
        // (在控率: 社区戒毒社区康复在控率93.18%, the share kept under control)
        near: r"(管控(到位)?|在控|在管)率[^▮]*▮",
        sentence: "",
        // the drug users' rate, not that of other persons or places (制毒高危人员, 娱乐场所,
        // 易制毒化学品企业)
        not: r"强戒|强制隔离|高危|制毒|制麻|易制毒|场所|企业",
    },
    // 复吸率, never 未复吸率 (the abstinence rate), even beside an abstinence clause
    Rule { field: Field::RelapseRate, unit: U::Percent, near: r"(^|[^未])复吸率[^▮]*▮", sentence: "", not: "" },
    Rule {
        field: Field::Abstinence3yRate,
        unit: U::Percent,
        near: r"(三年|3年)未复吸[^▮]*▮|戒断(三年|3年)[^▮]*▮|戒断巩固率[^▮]*▮",
        sentence: "",
        not: "",
    },
    // the share after the count of persons three years clean, in a clause of its own
    // (戒断三年未复吸人员1,208人，巩固率73.6%; …未发现复吸人员561人，比例65.8%; 其中戒断三年未
    // 复吸287人，占63.5%)
    Rule {
        field: Field::Abstinence3yRate,
        unit: U::Percent,
        near: r"^(其中)?[，,]?(巩固率|比例|占比|比率|比重|占((登记)?在册|现有)?(吸毒)?(人员|人数)?(总数)?的?)(为|达|达到|是)?▮",
        sentence: r"(三年|3年)(以上)?未(发现)?复吸|戒断(三年|3年)",
        not: "",
    },
    Rule {
        field: Field::HairTestRate,
        unit: U::Percent,
        near: r"毛发[^▮]*(完成率|覆盖率|检测率|筛查率)[^▮]*▮|^[^▮]*(完成率|覆盖率|检测率|筛查率)[^▮]*▮",
        sentence: r"毛发",
        not: r"尿检|指标|公职|驾驶员|从业人员|学生",
    },
    Rule {
        field: Field::ExecutionRateStated,
        unit: U::Percent,
        // (完成预算的97.2%, 预算完成率, 资金使用率, 资金支出率, 支付率: the share of the budget spent)
        // (…or the quotient written out: 执行数/预算数=96.2%, 实际支出/预算数×100%=96.2%, 实际支出
        // 43.29万元/预算45万元=96.2%, 决算数与预算数之比为96.2%)
        near: r"(执行率|执行进度|支出进度|预算完成率|资金使用率|资金支出率|支付率|完成(全年|年度|年初)?预算(数)?的)[^▮]*▮|(执行数|支出数|决算数|实际支出|执行金额|支出金额)[^▮，,；;。]{0,16}[/÷][^▮，,；;。]{0,14}预算[^▮，,；;。/÷]{0,12}[=＝]\s*▮|(执行数|支出数|决算数|实际支出)与(全年|年度|调整后)?预算(数)?之比(为|是|达)?\s*▮",
        sentence: "",
        // (报到率, 见面率 beside a bare 执行率: the community orders' rates, 报到率100%，执行率98.6%)
        not: r"强戒|强制|判决|执行到位|社区|社戒|社康|戒毒|康复|措施|协议|决定|报到率|见面率",
    },
    // a clause of the rate alone after the sum spent, named as what the money's use reached
    // (实际使用38.6万元，使用率96.5%; 完成支出38.6万元，支出完成率96.5%; 支付38.6万元，支付进度96.5%)
    Rule {
        field: Field::ExecutionRateStated,
        unit: U::Percent,
        near: r"^(其中)?[，,]?(资金|预算)?(使用率|支出完成率|支付进度|使用进度)(为|达|达到|是)?\s*▮",
        sentence: r"(使用|支出|支付|执行)[^。；;，,]{0,12}万元",
        not: r"强戒|强制|判决|执行到位|社区|社戒|社康|戒毒|康复|措施|协议|决定|场地|设备|床位",
    },
    // the whole spending's share of the budget (决算数占预算数的97.04%; 全年支出375.08万元，占全年
    // 预算的97.04%) — a part's share (人员经费占预算的68%) is its weight in the budget
    Rule {
        field: Field::ExecutionRateStated,
        unit: U::Percent,
        near: r"(^|决算数?|支出数?|执行数|支出总额)占(全年|年度|年初|调整后)?(预算|预算数|预算资金|预算总额)的?[^▮]{0,2}▮",
        sentence: r"决算|支出|执行",
        not: r"人员|公用|基本支出|项目支出|三公|工资|福利|商品和服务|资本性|其中|社区|戒毒",
    },
    // --- scores ----------------------------------------------------------------------
    Rule {
        field: Field::SelfScore,
        unit: U::Score,
        near: r"(自评|评价|综合|总)?得分[^▮]*▮|自评分[^▮]*▮|评分为[^▮]*▮|(自评|绩效|评价)总分[^▮]{0,4}▮|(自评|评价|综合|绩效)评分[^▮]{0,4}▮|^总分[：:为是｜]?▮|(自评|评价|评分)(结果|结论)[^▮，,；;。]{0,8}▮",
        sentence: "",
        // (a survey's score — 群众满意度测评得分 — is the public's, not the evaluation's; full
        // marks in an aside after the score, （满分100分）, only say its scale)
        // (…nor a higher level's assessment of the unit — 在全市年度禁毒工作考评中得分92.6分 —
        // the city's marks, not the unit's own evaluation)
        not: r"(^|[^（(])满分|分值|扣|标准|满意度|满意率|测评|民调|问卷|(全市|全省|全州|全县|全区|市级|省级|州级|上级|市委|县委|区委)[^，,。；;]{0,12}考评",
    },
    // --- staff -----------------------------------------------------------------------
    Rule {
        field: Field::StaffActual,
        unit: U::Count,
        // (截止到2021年末在职244人: the head count right after 在职)
        near: r"(实有|现有|在岗|在编|在职)[^▮]{0,6}(人员|人数|职工|干部)[^▮编制]*▮|实有[^▮]{0,4}▮|在职(共|有|为)?▮|(在编在岗|在岗在编|在岗|在编)(共|有|为)?▮",
        sentence: "",
        // (…and the country's or a province's 现有人员 — a figure of users with 吸毒 dropped, 中国现有
        // 人员89.6万名 — is no unit's staff)
        not: r"其中|离休|退休|编外|专干|社工|志愿者|吸毒|涉毒|戒毒|社区|社戒|社康|康复|驾驶|服务对象|管控|帮扶|人口|风险|重点人员|全国|中国|我国|全省",
    },
    Rule {
        field: Field::StaffQuota,
        unit: U::Count,
        near: r"编制[^▮]{0,6}▮|编制数[^▮]*▮",
        sentence: "",
        not: r"其中|编外",
    },
    // --- enforcement -----------------------------------------------------------------
    Rule {
        field: Field::CriminalCases,
        unit: U::Count,
        near: r"(破获|侦破|破|办理|查办|办结|侦办)[^▮]{0,12}(刑事)?案件?[^▮]{0,14}▮\s*(起|件|宗)|案件[^▮]{0,6}(破获|侦破|破案)[^▮]{0,3}▮\s*(起|件|宗)",
        sentence: "",
        // (笑气, 非列管成瘾性物质: substances outside the drug schedules, their cases no drug crimes;
        // 毒品违法犯罪案件 counts the administrative violations with the crimes)
        not: r"行政案件|审查|受理|审结|判决|笑气|非列管|成瘾性物质|违法犯罪案件|备案|提案|议案|档案",
    },
    // the score in an aside after the grade (评分结果为“优”（95分）)
    Rule {
        field: Field::SelfScore,
        unit: U::Score,
        near: r"^\s*▮",
        sentence: r"(自评|评价|评分)(结果|结论)[^。；;，,（(]{0,8}[（(]\s*\d",
        not: r"满分|分值|满意度",
    },
    // the cases solved after the cases filed, with no noun of their own (立毒品刑事案件15起，破13起)
    Rule {
        field: Field::CriminalCases,
        unit: U::Count,
        near: r"^(共|已)?(破|侦破|破获|破案)▮\s*(起|件|宗)",
        sentence: r"立[^。；;▮]{0,12}案件?",
        not: r"行政案件|违法犯罪案件",
    },
    // the criminal part of all drug cases solved (办理涉毒案件86件，其中刑事案件19件)
    Rule {
        field: Field::CriminalCases,
        unit: U::Count,
        near: r"^其中[：:，,]?(毒品|涉毒)?(刑事|犯罪)案件?▮\s*(起|件|宗)",
        // (…or of all drug cases handled: 侦办毒品案件58起，其中刑事案件21起; 查处…)
        sentence: r"破获|侦破|查破|办理|查办|破案|侦办|查处",
        // (the administrative ones listed after it, 、行政案件184起, are another item)
        not: r"审查|受理|审结|判决",
    },
    Rule {
        field: Field::Detained,
        unit: U::Count,
        // (…or the persons named before the stage, as its object or subject: 对19名犯罪嫌疑人依法
        // 刑事拘留, 对103人采取刑事拘留措施, 其中15人被刑事拘留; not the arrested, 抓获…25名并刑事拘留)
        near: r"(刑事拘留|刑拘)[^▮]{0,14}▮\s*(人|名)|^[^▮抓]{0,8}▮\s*(人|名)[^▮，,；;。逮捕]{0,12}(刑事拘留|刑拘)",
        sentence: "",
        not: r"行政拘留",
    },
    // (a stage in a list of the arrested — 抓获…6万余名，其中逮捕5万余名、起诉4.8万名 — is the
    // prosecuted count: 起诉 after 、 or 其中 as at a clause's start)
    Rule {
        field: Field::Prosecuted,
        unit: U::Count,
        near: r"(移送(审查)?起诉|移诉|移送检察机关审查起诉)[^▮]{0,14}▮\s*(人|名)|起诉[^▮]{0,6}(犯罪)?嫌疑人[^▮]{0,4}▮\s*(人|名)|(^|、|其中[：:]?)(依法)?起诉[^▮]{0,3}▮\s*(人|名)|审查起诉[^▮]{0,8}▮\s*(人|名)",
        sentence: "",
        not: r"受理|审结|审查起诉案件",
    },
    // the stages abbreviated after the arrests (刑拘35人，捕21人，诉19人): 诉 alone is the prosecuted
    // (捕, arrested, is no field)
    Rule {
        field: Field::Prosecuted,
        unit: U::Count,
        near: r"^诉▮\s*(人|名)",
        sentence: r"捕\s*\d+\s*(人|名)",
        not: r"受理|审结",
    },
    Rule {
        field: Field::UsersCaught,
        unit: U::Count,
        // (…or an indicator's label naming them first: 吸毒人员查处数：…实际完成36人)
        near: r"(查处|查获|抓获|发现查处|查出|打击处理)[^▮]{0,10}(吸毒|涉毒)[^▮]{0,10}▮\s*(人|名|例|$)|(查处|查获|抓获|查出)[^▮]{0,4}▮\s*(人|名|例)[^▮]{0,3}(吸毒|涉毒)|吸毒人员(查处|查获)(数|人数|人次数|人次)?[：:]?[^▮]{0,10}▮\s*(人|名|例|$)",
        sentence: "",
        // (涉毒逃犯, 在逃人员: fugitives caught, not drug users; 抓获涉毒人员 / 涉毒犯罪人员 /
        // 违法犯罪人员: suspects arrested, not drug users dealt with — 吸毒违法人员 are users)
        // (贩吸毒人员 / 吸贩毒人员 count traffickers with users; 在境外抓获… are caught abroad;
        // 涉毒分子 are offenders arrested, 抓获涉毒分子1703人)
        // (在册吸毒人员 after 查出 are the register a survey found, 初步查出全省在册吸毒人员5万余人)
        not: r"强制|贩毒|贩吸|吸贩|境外|犯罪嫌疑人|涉毒嫌疑人|犯罪人员|抓获(各类)?涉毒人员|涉毒(违法犯罪)?分子|新增|岁|未成年|青少年|外流|外地|异地|省外|市外|县外|籍|其中|复吸|女性|学生|逃犯|在逃|追逃|在册",
    },
    // the drug users among the drug offenders a clause before counts (查处各类涉毒违法犯罪人员128
    // 人次，其中吸毒人员96人次): the users caught, with no verb of their own
    Rule {
        field: Field::UsersCaught,
        unit: U::Count,
        near: r"^其中[：:，,]?吸毒(违法)?人员▮\s*(人次|人|名)",
        sentence: r"(查处|查获|抓获)[^。；;]{0,16}涉毒",
        not: r"新增|新发现|在册|现有|岁|未成年|青少年|外流|外地|籍|复吸|女性|学生",
    },
    // the users caught right after the users' register, their noun left to the clause before
    // (登记在册的吸毒人数达28818人，今年已查获3231人; 现有吸毒人员152名，全年共查处23人次): the
    // register's persons are the ones the verb goes on with — never a bare 抓获, which takes suspects
    Rule {
        field: Field::UsersCaught,
        unit: U::Count,
        // (the clause of the bare verb alone, or read with the register's words before it, its
        // figure out: 登记在册的吸毒人数达今年已查获▮人)
        near: r"(^|(在册|登记|现有|实有)[^▮]{0,8}吸毒(人数|人员)[^▮\d]{0,4})(今年|全年|本年|年内|当年|今年以来|上半年)?(已经?|共|累计|共计)*(查获|查处)▮\s*(人次|人|名)([，,；;。]|$)",
        sentence: r"(在册|登记|现有|实有)[^。；;，,]{0,8}吸毒(人数|人员)[^。；;，,]{0,6}\d[\d,]*\s*(人|名)[，,][^。；;，,\d]{0,8}(查获|查处)\s*\d",
        not: r"嫌疑人|犯罪|贩毒|逃",
    },
    Rule {
        field: Field::CompulsoryRehab,
        unit: U::Count,
        // persons, never places: 6个强制隔离戒毒大队, 强制隔离戒毒所2所
        near: r"(强制隔离戒毒|强制戒毒|强戒|送戒|收戒)[^▮]{0,8}▮([^个家所处▮]|$)|▮([^个家所处▮][^▮]{0,3})?(强制隔离戒毒|强制戒毒)",
        sentence: "",
        // (正在执行强制隔离戒毒措施的: persons inside on a day, not those sent there; 解除强制隔离
        // 戒毒, 期满出所: persons released, received back by the community)
        not: r"执行率|自愿|正在|解除(强制隔离|强制|强戒)|期满|出所",
    },
    // --- prevention and testing -------------------------------------------------------
    Rule {
        field: Field::PublicityEvents,
        unit: U::Count,
        // (禁毒教育活动 …场次: education events are the publicity's)
        // (…and drug-control lectures held: 举办禁毒知识专题讲座324场, 禁毒宣讲进校园46场次)
        // (…and the count before the events' name, which may name where they went:
        // 开展12场次禁毒宣传进校园活动, 开展15次禁毒知识进社区宣传活动)
        near: r"(宣传|宣教|教育活动)[^▮]{0,20}▮\s*(场次|场|次|期)|▮\s*(场次|场|次|期)[^▮]{0,4}(禁毒)?(宣传|教育)活动|▮\s*(场次|场|次|期)(禁毒)?[^▮，,。；;：:]{0,10}(宣传|宣教|宣讲|教育)[^▮，,。；;：:]{0,6}活动|禁毒[^▮]{0,10}(讲座|宣讲|报告会)[^▮]{0,6}▮\s*(场次|场|次|期)",
        sentence: "",
        // (times someone took part — 班子成员参加宣传活动37次 — are no events held)
        // (…nor are another topic's events — 法治宣传活动215场次, 反诈宣传 — unless drug control's
        // own: 禁毒法治宣传)
        not: r"显示屏|播放|报道|篇|资料|培训|短信|(参加|参与|出席|聆听|收听)[^，,。；;]{0,16}((宣传|宣教|教育)活动|讲座|宣讲|报告会)|(^|[^毒])(法治|普法|反诈|防诈骗|消防|安全生产|交通安全|国家安全|扫黑除恶)(宣传|教育|宣讲)",
    },
    Rule {
        field: Field::WastewaterTests,
        unit: U::Count,
        // samplings, not the plants or inlets sampled (151个进水口, 139家污水处理厂)
        near: r"污水[^▮]{0,12}▮([^个家处座所口]|$)",
        sentence: "",
        not: "",
    },
    Rule {
        field: Field::UrineTests,
        unit: U::Count,
        // (…or the count before the test's verb: 对吸毒人员96人次进行尿检复查)
        // (persons counted before the verb are not tests: 对社戒社康人员5名开展尿检32人次)
        near: r"尿检[^▮象]{0,8}▮|尿液检测[^▮象]{0,8}▮|▮\s*人?次(进行|开展|组织)?尿(检|液检测)",
        sentence: "",
        not: r"缺少|缺失|未按|少于|试剂|检测板|耗材|采购|购置|购买",
    },
    Rule {
        field: Field::HairPositive,
        unit: U::Count,
        near: r"阳性[^▮]{0,6}▮|▮[^▮]{0,6}阳性",
        sentence: r"毛发",
        not: r"阳性率|公职|驾驶员|从业人员|学生|未发现",
    },
    // the drug users named first among those hair-tested (对1249名社会面吸毒人员、198名驾驶员和
    // 65名从业人员进行了毛发检测): the users' count, whatever other groups follow
    Rule {
        field: Field::HairTests,
        unit: U::Count,
        near: r"对▮\s*(名|人)?[^▮，,。；;、和]{0,12}(吸毒|涉毒|社戒|社康|戒毒|康复)[^▮，,。；;、和]{0,8}(人员|对象)[^▮，,。；;]{0,60}(进行|开展|实施)[^▮，,。；;]{0,16}毛发",
        sentence: "",
        not: r"随机抽取|检查组|督导组|考核组|抽检组",
    },
    // the persons tested after those due, with no noun of their own (开展毛发检测，应检458人，
    // 实检451人): the tested, the due a target
    Rule {
        field: Field::HairTests,
        unit: U::Count,
        near: r"^(实检|实际检测|实际完成|已检|已完成)(检测)?(人数|人员)?[：:为]?▮\s*(人|名)",
        sentence: r"毛发[^。；;▮]{0,16}应(检|测|采)",
        not: r"阳性",
    },
    Rule {
        field: Field::HairTests,
        unit: U::Count,
        near: r"毛发[^▮]{0,16}▮|▮[^▮]{0,20}毛发",
        sentence: "",
        // (an inspection's random sample — 检查组随机抽取9名…进行毛发检测，9名…毛发检测均呈阴性 — is
        // not the unit's count)
        not: r"阳性|公职|驾驶员|驾驶人|从业人员|学生|教师|职工|干部|员工|未发现|场所|样品|试剂|耗材|采购|购置|购买|随机抽取|检查组|督导组|考核组|阴性",
    },
    // --- people under management -------------------------------------------------------
    Rule {
        field: Field::NewUsers,
        unit: U::Count,
        near: r"(新增|新发现|新滋生|首次发现|初次发现)[^▮]{0,8}(吸毒|涉毒)[^▮]{0,6}▮|(新增|新发现|新滋生)[^▮]{0,8}(吸毒|涉毒)人员(同比|较上年|比上年)(下降|减少|上升|增长|增加)为▮",
        sentence: "",
        not: r"帮扶|见面|教育",
    },
    // the persons first, then the verb (全年全县吸毒人员新增18人, 吸毒人员新发现9名) — not the
    // register's growth (在册吸毒人员较上年新增18人)
    Rule {
        field: Field::NewUsers,
        unit: U::Count,
        near: r"(吸毒|涉毒)人员(数)?(新增|新发现|新滋生)了?▮",
        sentence: "",
        not: r"较|比|同比|在册|登记|帮扶|见面|教育",
    },
    // a list of this year's results naming its persons once (查处吸毒人员20人，…，新发现8人)
    Rule {
        field: Field::NewUsers,
        unit: U::Count,
        near: r"^(实际)?(新发现|新增|新滋生)▮\s*(人|名)",
        sentence: r"吸毒",
        not: "",
    },
    Rule {
        field: Field::CommunityCases,
        unit: U::Count,
        near: r"(在册|在管|现有|管控|执行|共有|接收|列管|纳入|纳管|正在|落实|监管|服务)[^▮]{0,8}(社区戒毒|社区康复|社戒社康|社戒|社康)[^▮]{0,12}▮|(社区戒毒|社戒社康)[^▮]{0,10}(人员|对象)[^▮]{0,6}(共|达|有|在管|在册|在控)[^▮]{0,3}▮|(社区戒毒|社区康复|社戒社康|社戒)[^▮]{0,10}(在册|在管|在控|现有)的?(人员|对象|人数)?(数|总数)?(为|有|共|达)?▮|^(其中)?[：:]?(全[县市区省州旗])?在?(社区戒毒[、和及与]?社区康复|社区戒毒康复|社戒社康|社区戒毒)(人员|对象)(管控|在管|在册|在控)?(数|人数|总数)?(为|有|共|达)?▮|^(其中)?[：:]?(全[县市区省州旗])?在?(社区戒毒[、和及与]?社区康复|社戒社康)(数|人数|总数)?(为|有|共|达)?▮|▮[^▮]{0,6}人员[^▮]{0,2}纳入(社区戒毒|社区康复|社戒社康)|▮[^▮]{0,2}(社区戒毒[、和及与]?社区康复|社区戒毒康复|社戒社康)(人员|对象)[^▮，,；;]{0,12}(网格化?|动态|分类)?(管理|管控|监管)",
        sentence: "",
        // (persons newly taken in during the year are a flow, not those under community rehab)
        not: r"走访|帮扶|谈心|慰问|培训|就业|尿检|毛发|新增|新接收|新纳入|新报到|脱失|解除|期满",
    },
    // a drug social-work service's clients on its books, in a sentence naming them as persons in
    // community rehab (为全县社区戒毒社区康复人员提供服务，在册服务对象217人)
    Rule {
        field: Field::CommunityCases,
        unit: U::Count,
        near: r"^(其中)?((在册|在管|现有)的?服务对象|服务对象(人数|总数))(共|达|有|为|稳定在|保持在)?▮\s*(人|名)",
        sentence: r"社区戒毒|社戒社康|社区康复",
        not: "",
    },
    Rule {
        field: Field::RegisteredUsers,
        unit: U::Count,
        // (登记上网: entered in the national register, 登记上网吸毒人员8037人)
        // (登记吸毒人员3万多名: the register, as 登记在册; 新登记 are newly found; 全县共有吸毒人员
        // 1264名, the register by its count)
        near: r"(在册|登记|注册|现有|实有|仍有|共有)[^▮]{0,6}(吸毒|涉毒)(人员|人数)[^▮]{0,6}▮|纳入(吸毒人员)?(动态|网格化?)?管[控理]的?(吸毒|涉毒)人员[^▮]{0,4}▮|▮[^▮]{0,4}(吸毒|涉毒)人员[^▮]{0,4}纳入(网格)?(化)?管理|吸毒人员(总数|底数)[^▮]{0,4}▮",
        sentence: "",
        // (戒断三年未复吸人数首次超过现有吸毒人数，达4.2万人: the abstinent ones' count)
        not: r"毛发|尿检|新增|新登记|查处|查获|阳性|风险|帮扶|社区戒毒|社戒|社康|强制|戒断|未复吸",
    },
    // the stock on a day, bare of 现有 or 在册 (截至目前，全区吸毒人员862人; 截至2023年底，全县
    // 吸毒人员316名; 截止6月底，我市吸毒人员总数为1,208人; a town's or a street's: 截至11月底，
    // 辖区吸毒人员23名): a count of the users on the books as of that day, no verb of finding them
    Rule {
        field: Field::RegisteredUsers,
        unit: U::Count,
        near: r"(^|[，,])\s*((全|我|本)(县|区|市|旗|州|镇|乡|街道)|(本)?辖区)的?(吸毒|涉毒)人员(总数|人数|总量)?(为|有|共|达)?▮\s*(名|人)",
        sentence: r"(截至|截止)[^，,。；;]{0,14}[，,]\s*((全|我|本)(县|区|市|旗|州|镇|乡|街道)|(本)?辖区)的?(吸毒|涉毒)人员",
        not: r"毛发|尿检|新增|新登记|新发现|查处|查获|阳性|风险|帮扶|社区戒毒|社戒|社康|强制|戒断|未复吸|外流|肇事",
    },
    Rule {
        field: Field::RiskHigh,
        unit: U::Count,
        // (高风险29人; 高风险类29人, 高风险类人员, 高风险等级, 评定为高风险的29人)
        near: r"(^|[^中]|其中)高风险(类|级|等级)?的?(吸毒)?(人员|对象)?(人数|数)?[：:]?[为有共]?▮",
        sentence: "",
        not: "",
    },
    Rule {
        field: Field::RiskMedium,
        unit: U::Count,
        near: r"(^|[^低])中风险(类|级|等级)?的?(吸毒)?(人员|对象)?(人数|数)?[：:]?[为有共]?▮",
        sentence: "",
        // (中高风险 together, not 其中高风险…、中风险35人)
        not: r"(^|[^其])中高风险",
    },
    Rule {
        field: Field::RiskLow,
        unit: U::Count,
        near: r"低风险(类|级|等级)?的?(吸毒)?(人员|对象)?(人数|数)?[：:]?[为有共]?▮",
        sentence: "",
        not: "",
    },
];

/// Rules kept out of the one-pass set and tried only when the window holds one of their words
/// (a rule of few texts' words costs every figure nothing then). Tried after the set's rules.
struct Gated {
    rule: Rule,
    words: &'static [&'static str],
}

const GATED: &[Gated] = &[
    // the whole group named with its scope or as the object of the help given it — 对全县102名
    // 社戒社康人员落实帮扶责任人, 与在册的315名社区戒毒、社区康复人员结对帮扶, 帮扶社区戒毒社区康复
    // 人员64名, 全县有社区戒毒（康复）人员87名 — is those under community rehab, though help is named
    // (a part helped — 困难, 就业, 技能培训, 低保 — or help counted in 人次 is not)
    Gated {
        rule: Rule {
            field: Field::CommunityCases,
            unit: U::Count,
            near: r"(全[县市区州旗]|在册的?|现有的?)▮(名|人)[^▮]{0,2}(社区戒毒|社戒社康)([^▮]{0,8}(人员|对象)|[、和及与]?$)|帮扶(全[县市区州旗])?(在册的?)?(社区戒毒|社戒社康)[^▮]{0,8}(人员|对象)(共|达)?▮(名|人)($|[^次])|^(全[县市区州旗])?(共|现)?有(社区戒毒|社戒社康)[^▮]{0,8}(人员|对象)▮(名|人)($|[^次])",
            sentence: "",
            not: r"困难|就业|培训|技能|低保|救助金|慰问|走访|新增|新接收|新纳入|新报到|脱失|解除|期满|尿检|毛发",
        },
        words: &["社区戒毒", "社戒社康"],
    },
    // the area's whole group with its count beside its name, whatever is done for it next (对辖区
    // 36名社戒社康人员开展尿检复查, 对辖区社区戒毒社区康复人员5名开展尿检32人次, 全镇9名社戒社康人员)
    // — a town's or subdistrict's area as a county's (a part — 中的17名困难人员 — or a flow is not)
    Gated {
        rule: Rule {
            field: Field::CommunityCases,
            unit: U::Count,
            near: r"(辖区(内)?的?|全[县市区州旗镇乡]|全街道|在册的?|现有的?)▮\s*(名|人)(社区戒毒[、和及与]?社区康复|社区戒毒康复|社戒社康)(人员|对象)|(辖区(内)?的?|全[县市区州旗镇乡]|全街道|在册的?|现有的?)(在册的?|现有的?)?(社区戒毒[、和及与]?社区康复|社区戒毒康复|社戒社康)(人员|对象)▮\s*(名|人)(全部|均已|均|已|逐一)?(开展|进行|落实|实行|实施|签订)",
            sentence: "",
            not: r"中的|困难|新增|新接收|新纳入|新报到|脱失|解除|期满",
        },
        words: &["社区戒毒", "社戒社康"],
    },
    // the register counted as the group something is done for (对在册吸毒人员1,386名开展风险评估,
    // 现有吸毒人员402名全部纳入网格化管理): the register's count, whatever is done next
    Gated {
        rule: Rule {
            field: Field::RegisteredUsers,
            unit: U::Count,
            near: r"(在册|现有|登记在册)的?(吸毒|涉毒)人员▮\s*(名|人)(全部|均已|均|已|逐一)?(开展|进行|落实|实行|实施|纳入|签订)",
            sentence: "",
            not: r"新增|新登记|新发现|查处|查获|阳性|中的",
        },
        words: &["吸毒人员"],
    },
    // …or with its count before the persons (对全县在册的654名吸毒人员逐一落实管控措施, 现有的
    // 1,024名吸毒人员): the register's count too
    Gated {
        rule: Rule {
            field: Field::RegisteredUsers,
            unit: U::Count,
            near: r"(在册|现有|登记在册)的?▮\s*(名|人)(吸毒|涉毒)人员",
            sentence: "",
            not: r"新增|新登记|新发现|查处|查获|阳性|中的|毛发|尿检|社区戒毒|社戒|社康|强制",
        },
        words: &["吸毒人员"],
    },
];

static GATED_COMPILED: PerThread<Vec<Compiled>> = PerThread::new(|| {
    GATED
        .iter()
        .map(|g| Compiled {
            rule: &g.rule,
            sentence: (!g.rule.sentence.is_empty()).then(|| Regex::new(g.rule.sentence).unwrap()),
            not: (!g.rule.not.is_empty()).then(|| Regex::new(g.rule.not).unwrap()),
        })
        .collect()
});
/// The near pattern of each gated rule.
static GATED_NEAR: PerThread<Vec<Regex>> =
    PerThread::new(|| GATED.iter().map(|g| Regex::new(g.rule.near).unwrap()).collect());

#[derive(Clone)]
struct Compiled {
    rule: &'static Rule,
    sentence: Option<Regex>,
    not: Option<Regex>,
}

static COMPILED: PerThread<Vec<Compiled>> = PerThread::new(|| {
    let opt = |s: &str| (!s.is_empty()).then(|| Regex::new(s).unwrap());
    RULES.iter().map(|r| Compiled { rule: r, sentence: opt(r.sentence), not: opt(r.not) }).collect()
});

/// The `near` patterns of the rules of each unit (count, percent, score), each set matched in
/// one pass: (the set, the index in `RULES` of each of its patterns, in `RULES` order). A
/// figure is tried against its own unit's rules only.
#[derive(Clone)]
struct Near {
    sets: [(regex::RegexSet, Vec<usize>); 3],
}

impl Near {
    fn of(&self, u: U) -> &(regex::RegexSet, Vec<usize>) {
        &self.sets[match u {
            U::Count => 0,
            U::Percent => 1,
            U::Score => 2,
        }]
    }
}

static NEAR: PerThread<Near> = PerThread::new(|| {
    let set = |u: U| {
        let idx: Vec<usize> = (0..RULES.len()).filter(|&i| RULES[i].unit == u).collect();
        (regex::RegexSet::new(idx.iter().map(|&i| RULES[i].near)).unwrap(), idx)
    };
    Near { sets: [set(U::Count), set(U::Percent), set(U::Score)] }
});

/// Words that make a figure a target, not a result.
// (a clause opening on 要求 — 会议…，要求全年毛发检测覆盖率达到100% — states what is demanded;
// and so does 确保 before a figure, 确保毛发检测覆盖率达到100%, but not 确保了…, what was secured)
static TARGET: Re = Re::new(|| {
    Regex::new(r"目标|力争|计划|预期|预计|指标值|争取|任务数|达标|确保[^了]|(^|[，,；;：:])\s*(并|同时|会议)?要求")
        .unwrap()
});
/// A label of what was done against a target (目标完成情况, 实际完成情况, 完成值, 执行情况).
static DONE_LABEL: Re = Re::new(|| Regex::new(r"完成情况|实际完成|完成值|实现情况|执行情况|落实情况").unwrap());
/// A clause of the sentence opening with the intent of what is to come (力争破获…, 2023年，
/// 争取…, 全年力争…): the list it opens is targets.
static INTENT_LEAD: Re = Re::new(|| {
    Regex::new(
        r"(^|[，,；;：:])\s*(20[0-4]\d\s*年度?|全年|明年|今年|下半年)?[，,]?\s*(将|要|还将|继续|拟)?\s*(力争|争取)",
    )
    .unwrap()
});
/// Words that make a figure a change.
static CHANGE: Re =
    Re::new(|| Regex::new(r"(增加|减少|增长|下降|降低|提高|上升|提升|缩减|减)(了)?\s*$|百分点|个百分点|倍").unwrap());
/// The characters one of which each word of CHANGE, CUMUL (or YEAR_CUMUL), PER and PRIOR holds.
static CHANGE_CHARS: CharSet = CharSet::of("加少长降低高升减点倍");
static CUMUL_CHARS: CharSet = CharSet::of("累来历");
static PER_CHARS: CharSet = CharSet::of("每均");
static PRIOR_CHARS: CharSet = CharSet::of("年期较比由");
/// Words that make a figure a prior period's (比 of a comparison, not of a share: 比例, 比率, 比重).
static PRIOR: Re = Re::new(|| Regex::new(r"上年|去年|上一年|同期|较|(^|[^占])比([^例率重]|$)|由").unwrap());
/// Does a prior period's word stand in `t`, not inside a county's name (比 of 比如县)? 去年 /
/// 上年 opening the clause is its time (去年全省共破获…), which the scanner weighs against the
/// record's year, not a comparison (比去年, 去年同期).
fn prior(t: &str) -> bool {
    if !any_in(t, &PRIOR_CHARS) {
        return false;
    }
    let lead = t.trim_start();
    // (…or after a short subject: 全市去年查处…, 福州去年共破获…)
    // (占: a share's words, 占去年的…)
    let subject = |i: usize| super::sentence::short_subject(&lead[..i]) && !lead[..i].contains('占');
    let t = ["去年", "上年"]
        .iter()
        .find_map(|w| {
            let i = lead.find(w).filter(|&i| subject(i))?;
            Some(&lead[i + w.len()..]).filter(|rest| !rest.starts_with("同期") && !rest.starts_with("底"))
        })
        .unwrap_or(t);
    // (同期 opening the sentence is the period just named — 1-7月，…。同期开展尿检1236人次 — not
    // last year's same months; 同期相比 / 同期比 is a comparison still)
    let t = match t.trim_start().strip_prefix("同期") {
        Some(rest) if !rest.starts_with(['相', '比', '为']) => rest,
        _ => t,
    };
    PRIOR.is_match(t) && PRIOR.is_match(&super::regions::Gazetteer::global().without_county_names(t))
}
/// Words after which a figure is a level again (由69.5%提高至74%: 74 is this year's). `scan`
/// finds where its last match ends by the last of its characters (`clause_start`).
/// Does the text after a bound name the class of places or items it sets apart — 的县（区）,
/// 的单位, 的乡镇 (执行率低于90%的县（区）要认真分析原因)?
fn bounds_a_class(after: &str) -> bool {
    const CLASS: [&str; 12] = ["县", "区", "市", "乡", "镇", "街道", "单位", "部门", "项目", "地区", "地方", "社区"];
    after.strip_prefix('的').is_some_and(|t| CLASS.iter().any(|c| t.starts_with(c)))
}

#[cfg(test)]
static RESET: Re = Re::new(|| Regex::new(r"(至|到|为|达到|达)").unwrap());
static PER: Re = Re::new(|| Regex::new(r"每(人|名|月|年|季度|周|天|日|个)|人均|平均").unwrap());
static CUMUL: Re = Re::new(|| Regex::new(r"累计|以来|年来|历年").unwrap());
/// A word of a running total (以来, 三年来) — 年来 after a year's digits opens a place's name
/// (2021年来安县…), not a span.
fn cumul(t: &str) -> bool {
    let g = super::regions::Gazetteer::global();
    CUMUL.find_iter(t).any(|m| !(m.as_str() == "年来" && g.one_year_or_place(t, m.start())))
}
/// Words of several years before a 累计 figure (五年来, 2016年至2020年, 历年, 建所以来).
static SEVERAL_YEARS: Re = Re::new(|| {
    Regex::new(
        r"以来|年来|历年|年间|近[一二两三四五六七八九十\d]+年|20[0-4]\d\s*年?\s*[-—–~～至到]|从警|十[二三四五]五",
    )
    .unwrap()
});
/// Do words of several years stand in `t` — not 一年来 (the year under review, or twelve months
/// that `scan` dates) nor 年来 opening a place's name after a year (2021年来安县)?
fn several_years_in(t: &str) -> bool {
    let g = super::regions::Gazetteer::global();
    SEVERAL_YEARS.find_iter(t).any(|m| !(m.as_str() == "年来" && g.one_year_or_place(t, m.start())))
}
/// A year's own running total (全年累计, 今年以来, 今年来, 今年1月以来): not a multi-year figure.
static YEAR_CUMUL: Re = Re::new(|| {
    Regex::new(
        r"(全年|今年|本年|年内|年度|年初)(共|共计)?(累计|以来)|今年来|今年\s*(1|一)\s*月份?(\s*(1|一)\s*日)?\s*以来",
    )
    .unwrap()
});

fn unit_class(n: &Num) -> Option<U> {
    match n.unit {
        Unit::Count(_) => Some(U::Count),
        Unit::Percent => Some(U::Percent),
        Unit::Score => Some(U::Score),
        _ => None,
    }
}

const SEPS: &[char] = &['，', ',', '；', ';', '。', '：', ':', '\t'];

fn clause_bounds(text: &str, at: usize, end: usize) -> (usize, usize) {
    let b = clause_end(&text[end..], SEPS).map_or(text.len(), |i| end + i);
    let mut a = clause_start(&text[..at], SEPS);
    // (a thousands separator inside an earlier figure, 1,682名、209名, parts no clause)
    let digit = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    while a >= 2 && text.as_bytes()[a - 1] == b',' && digit(a - 2) && digit(a) {
        a = clause_start(&text[..a - 1], SEPS);
    }
    (a, b)
}

/// `s.text[a..b]` without the number tokens inside it.
fn without_figures(s: &Sentence, a: usize, b: usize) -> String {
    let mut out = String::new();
    let mut at = a;
    for n in s.nums.iter().filter(|n| n.start >= a && n.end <= b) {
        out.push_str(&s.text[at..n.start]);
        at = n.end;
    }
    out.push_str(&s.text[at..b]);
    out
}

/// Figures in one sentence that are counts, rates or scores of a known field.
/// Results go to `out`; figures stated as targets (目标, 力争, ≥95%) go to `targets`.
/// `foreign` says whether a clause (the text before its figure) opens with another place's
/// name than the record's own (泸县开展… in a city's release): that place's figure.
/// Does a sentence state criminal suspects caught (抓获毒品犯罪嫌疑人8人) fewer than half of
/// `cases`? The suspects are their total, the largest count of them: a part named after it
/// (抓获犯罪嫌疑人16名（其中女性犯罪嫌疑人1名）) is some of them, no total of its own.
fn suspects_fewer_than_half(text: &str, cases: f64) -> bool {
    static SUSPECTS: Re = Re::new(|| Regex::new(r"犯罪嫌疑人[^\d，,；;。]{0,4}?(\d+)\s*(名|人)").unwrap());
    text.contains("嫌疑人")
        && SUSPECTS
            .captures_iter(text)
            .filter_map(|c| c[1].parse::<f64>().ok())
            .reduce(f64::max)
            .is_some_and(|m| m * 2.0 < cases)
}

pub fn scan(s: &Sentence, out: &mut Vec<Candidate>, targets: &mut Vec<Candidate>, foreign: &dyn Fn(&str) -> bool) {
    // (whether the sentence names a campaign's period at all: found once, when a figure asks)
    let campaign_words = std::cell::OnceCell::new();
    // (…and whether it lists values after 分别)
    let respectively = std::cell::OnceCell::new();
    // (whether the sentence holds a word of any gated rule: tested once, not at each figure)
    let gate_words = std::cell::OnceCell::new();
    // (…or after 依次)
    let in_turn = std::cell::OnceCell::new();
    // (…and its clauses opening on a subject of their own, when a figure asks)
    let subjects = std::cell::OnceCell::new();
    // (…and whether it, or the rest of its paragraph, names a part after 其中)
    let has_part = std::cell::OnceCell::new();
    if s.para.heading {
        return;
    }
    for n in &s.nums {
        // (a form's bare value after its label: a count, or the score after a score's label —
        // 自评得分：95, 综合评分：88.5)
        let Some(u) = unit_class(n).or_else(|| {
            label_cell(s, n)
                .then(|| if SCORE_LABEL.is_match(s.text[..n.start].trim_end()) { U::Score } else { U::Count })
        }) else {
            continue;
        };
        let left = s.left_of(n.start);
        let (mut ca, cb) = clause_bounds(s.text, n.start, n.end);
        // 其中 standing alone before a comma (其中，毒品犯罪案件251起) opens the clause after it
        // (…unless the clause before it holds no figure — 今年第一季度禁毒工作稳中有进，其中，查处吸毒
        // 人员6人次: there 其中 opens the highlights of a period's work, no part of a total)
        if ca > 0 && s.text[..ca].ends_with(['，', ',']) {
            let before = s.text[..ca].trim_end_matches(['，', ',']);
            if before.ends_with("其中") && clause_start(before, SEPS) == before.len() - "其中".len() {
                let lead = before[..before.len() - "其中".len()].trim_end_matches(SEPS);
                let prior = &lead[clause_start(lead, SEPS)..];
                let highlights = !prior.is_empty() && !prior.bytes().any(|b| b.is_ascii_digit());
                if !highlights {
                    ca = before.len() - "其中".len();
                }
            }
        }
        // a list of figures parted by 、 (破获…7起、抓获犯罪嫌疑人9名、查获吸毒人员57名): each
        // item after a figure and 、 is a clause of its own when it names something (a list of
        // values alone, 分别为14起、19名, stays one clause)
        // (…and so is one after an aside closed right after the figure before it: 在职职工15人（行政
        // 12人、工勤3人）、退休职工5人 — the retired are no serving staff)
        if s.text[ca..n.start].contains('、') {
            // (the figure just before this one, and 、 right after it or after the aside's close)
            let before = s.nums.iter().rev().find(|m| m.end <= n.start);
            let item_at = before.filter(|m| m.start >= ca).and_then(|m| {
                let gap = &s.text[m.end..n.start];
                let rest = gap.trim_start_matches(['）', ')']).strip_prefix('、')?;
                Some(n.start - rest.len())
            });
            if let Some(at) = item_at {
                if s.text[at..n.start].chars().any(super::chars::is_han) {
                    ca = at;
                }
            }
        }
        // 其中 before a year (三年来…，其中2023年查获…31人次; 其中，2023年破获…; 其中今年破获…) names that year's
        // part of a span's total, no sub-count of the field
        // (cheap test first: 其中 opening the clause)
        if let Some(rest) = s.text[ca..].strip_prefix("其中") {
            let rest = rest.trim_start_matches(['，', ',', '：', ':', ' ']);
            if rest.starts_with("20") {
                ca = s.text.len() - rest.len();
            }
        }
        // a wider area's total before the unit's own share of it (全市共破获毒品刑事案件112起，其中我县
        // 破获28起): the total is the wider area's, no figure of the unit
        // (cheap test first: 其中 right after the figure's clause)
        // (…or a county named after 其中 that is the record's own, in a text of that county —
        // 全市共破获…312起，其中汇川区破获47起; 全州…1,025起，…，其中个旧市破获…64起 — and after the
        // sentence's end too: 全市共破获…312起。其中，汇川区破获47起)
        if u == U::Count
            && *has_part.get_or_init(|| {
                s.text.contains("其中")
                    || s.para
                        .text
                        .get(s.offset + s.text.len()..)
                        .is_some_and(|t| t.trim_start_matches(['。', ' ']).starts_with("其中"))
            })
            && share_follows(s, n.end, wider_led(&s.text[ca..n.start]), foreign)
        {
            continue;
        }
        // …and that share's clause is read without its 其中 and its area: 其中我县破获28起 → 破获28起,
        // the subject of the clause before it
        // (…and so is a county named after 其中 — 全市共破获…512起。其中，南康区破获…47起 — in a
        // text of that county: whether the place is the record's own, `foreign` says)
        let share = s.text[ca..]
            .strip_prefix("其中")
            .and_then(|t| {
                own_area(t)
                    // (a county's name is taken out with its comma when its clause is bare:
                    // 其中汇川区破获47起 → 破获47起)
                    .or_else(|| named_area(t).map(|k| k + elliptic_county(&t[k..]).unwrap_or(0)))
                    .or_else(|| this_years_part(t))
            })
            .map(|k| "其中".len() + k);
        // (…and so is a county's bare level after a wider area's — 全市…管控率达97.8%，原州区达99.2% —
        // read with the words of the clause before it, its name taken out)
        let share = share.or_else(|| {
            (ca > 0 && wider_led(&s.text[prev_start_of(s.text, ca)..ca]))
                .then(|| elliptic_county(&s.text[ca..]))
                .flatten()
                .filter(|&k| !foreign(&s.text[ca..ca + k]))
        });
        // a wider area's level before a county's bare one (全市…管控率达97.8%，原州区达99.2%): the
        // wider area's, no figure of the unit
        if wider_led(&s.text[ca..n.start]) {
            let after = s.text[n.end..].trim_start_matches(['%', '％', '起', '人', '名', '次', '场']);
            if let Some(t) = after.strip_prefix(['，', ',']) {
                if elliptic_county(t).is_some_and(|k| !foreign(&t[..k])) {
                    continue;
                }
            }
        }
        // the clause before the figure, as the paren-aware left context sees it
        // (a left context with no parenthesis dropped is the text before the figure: its
        // clause starts where the sentence's does)
        debug_assert!(left.len() != n.start || *left == s.text[..n.start]);
        // (…and with a parenthesis dropped earlier in the sentence — 全县（含开发区）刑事拘留19人、
        // 移送起诉17人 — an item after 、 is still its own clause: the text from the clause's start
        // is the left context's end when no parenthesis stands in it)
        let own_left = if left.len() == n.start {
            &left[ca..]
        } else {
            let from = clause_start(&left, SEPS);
            let tail = &s.text[ca..n.start];
            if left.len() - from > tail.len() && left.ends_with(tail) {
                &left[left.len() - tail.len()..]
            } else {
                &left[from..]
            }
        };
        let own_left = match share {
            Some(k) if own_left.len() >= k && s.text[ca..].starts_with(&own_left[..k]) => &own_left[k..],
            _ => own_left,
        };
        let right = &s.text[n.end..cb];
        // one value of a series over the years the sentence spans (2017—2019年…强制隔离戒毒人数
        // 依次为325人、173人、155人): read with its label alone; the last is the last year's
        // the actual after its target in one cell (尿检次数 ≥1500次/1,746次: 指标值/完成值):
        // read with the indicator's name, the target taken out
        // (cheap test first: a slash right before the figure)
        let slash = s.text[..n.start].trim_end().ends_with('/');
        let target = if slash { s.nums.iter().rev().find(|m| m.end < n.start) } else { None };
        let own_left = match target.filter(|m| s.text[m.end..n.start].trim() == "/") {
            Some(t) if matches!(t.qualifier, Qualifier::Ge | Qualifier::Le) => {
                own_left.strip_suffix(&s.text[t.start..n.start]).unwrap_or(own_left)
            }
            _ => own_left,
        };
        let series = year_series(s.text, own_left, right);
        let own_left = series.map_or(own_left, |(label, _, _)| label);
        // one value of a list of as many as the years listed before 分别 (2021年、2022年、2023年
        // 分别破获…12起、15起、9起): its own year's, read with its label alone
        let by_year = if series.is_none() && *in_turn.get_or_init(|| s.text.contains("分别") || s.text.contains("依次"))
        {
            year_list(s.text, n.start, own_left, right)
        } else {
            None
        };
        let own_left = by_year.map_or(own_left, |(label, _)| label);
        // …or as many as the parts of the year listed (上半年、下半年分别查获…21人次、18人次): its part's
        let by_part = if series.is_none()
            && by_year.is_none()
            && *in_turn.get_or_init(|| s.text.contains("分别") || s.text.contains("依次"))
        {
            super::sentence::part_list(s.text, n.start, own_left, right)
        } else {
            None
        };
        let own_left = by_part.map_or(own_left, |(label, _)| label);
        // one value of a list of fields' values (破获毒品刑事案件、查获吸毒人员分别为14起、52人次):
        // read with its own label alone, and nothing of the values after it
        let listed = if series.is_none()
            && by_year.is_none()
            && by_part.is_none()
            && *respectively.get_or_init(|| s.text.contains("分别"))
        {
            field_list(own_left, right)
        } else {
            None
        };
        let own_left = listed.as_deref().unwrap_or(own_left);
        let right = if listed.is_some() || by_year.is_some() || by_part.is_some() { "" } else { right };
        // (an item of a list of fields' figures ends at its 、 before the next item's words — 查获
        // 吸毒人员45人、强制隔离戒毒20人: the next item's 强制隔离戒毒 is no words of 45's; a list of
        // values, 12起、15起, goes on)
        let item_end = match s.text[n.end..cb].find('、') {
            Some(i)
                if s.text[n.end + i + '、'.len_utf8()..cb].trim_start().starts_with(|c: char| !c.is_ascii_digit()) =>
            {
                n.end + i
            }
            _ => cb,
        };
        let right = &right[..right.len().min(item_end - n.end)];
        // (read only where a rule needs the clause before)
        let prev_start = || clause_start(s.text[..ca].trim_end_matches(SEPS), &['，', ',', '；', ';', '。']);
        let neighbourhood = || &s.text[prev_start().min(ca)..item_end];
        let unit = match n.unit {
            Unit::Count(c) => c,
            Unit::Percent => "%",
            Unit::Score => "分",
            _ => "",
        };
        // a clause that only says "reached N" (实际完成3200人, 达到18起) is about the subject
        // of the clause before it
        let mut clause_left = own_left.to_string();
        // (a clause after nothing but its part of the year — 三季度，开展35场次 — is read as one
        // opening on it, below)
        let lead_only = ca > 0 && s.offset > 0 && PART_LEAD.find(&s.text[..ca]).is_some_and(|m| m.end() == ca);
        // (…and one opening on its part after a clause of its subject — 毒品刑事案件方面，上半年破获5起 —
        // is as bare as one without it)
        let part_bare =
            || PART_LEAD.find(&clause_left).is_some_and(|m| GENERIC_CLAUSE.is_match(&clause_left[m.end()..]));
        // a clause of last year's value alone after the figure's (管控率为97.2%，上年为96.1%;
        // 戒断三年未复吸率为69.9%，上年为69.6%): the comparison's baseline, no figure of the
        // sentence's time (a count's is read as last year's by `scan::baselines`)
        if ca > 0 && !lead_only && LAST_YEARS_VALUE.is_match(&clause_left) {
            continue;
        }
        if ca > 0
            && !lead_only
            && (GENERIC_CLAUSE.is_match(&clause_left)
                || bare_object(&clause_left)
                || change_end(&clause_left)
                || part_bare())
        {
            // the previous clause's own figure (任务数2400人次) is not part of the subject
            let (mut from, mut to) = (prev_start().min(ca), ca);
            // …and when that clause only states the target or names the column (查获吸毒人员，年度
            // 指标值≥410人，实际完成436人; 破获毒品刑事案件数，指标值：≥15起，完成值：18起), the
            // subject is the clause before them
            for _ in 0..4 {
                let c = without_figures(s, from, to);
                let c = c.trim_end_matches(SEPS);
                if from == 0 || !(TARGET_ONLY.is_match(c) || GENERIC_CLAUSE.is_match(c)) {
                    break;
                }
                to = from;
                from = clause_start(s.text[..from].trim_end_matches(SEPS), SEPS).min(from);
            }
            let prev = without_figures(s, from, to);
            let mut prev = prev.trim_end_matches(['，', ',', '；', ';', '：', ':']);
            // (a target after the indicator's name and a colon — 新发现吸毒人员：目标值≤8名；实际值5名
            // — is no part of the subject either)
            if let Some(i) =
                prev.rfind(['：', ':']).filter(|&i| TARGET_ONLY.is_match(prev[i..].trim_start_matches(['：', ':'])))
            {
                prev = &prev[..i];
            }
            // (a unit named in parentheses at the label's end — 社区康复人员（人）：287 — is no
            // word of the subject)
            let bare = prev.trim_end_matches(['：', ':']);
            if let Some(open) = bare.strip_suffix(['）', ')']).and_then(|p| p.rfind(['（', '('])) {
                if bare[open..].chars().count() <= 5 {
                    prev = &prev[..open];
                }
            }
            // (a level after a change against a baseline — 现有吸毒人员较上年减少37名，降至409名;
            // 比上年末减少35名，为412名 — has the subject before the comparison)
            if let Some(m) = COMPARED_TAIL.find(prev) {
                prev = &prev[..m.start()];
            }
            // (a clause of the result's words alone — 实际完成136人, 达到98.5% — adds nothing to the
            // indicator's name before it: 社区戒毒社区康复人员在管人数（≥120人），实际完成136人 reads
            // as 社区戒毒社区康复人员在管人数136人)
            clause_left =
                if RESULT_ONLY.is_match(&clause_left) { prev.to_string() } else { format!("{prev}{clause_left}") };
        } else if (ca == 0 || lead_only) && s.offset > 0 {
            // a clause cut from its sentence at a part of the year (上半年，全县破获毒品刑事案件6起；
            // 下半年破获8起) that names nothing but its time and a verb: the subject of the clause
            // before it, in the paragraph
            let bare = PART_LEAD.find(&clause_left).map_or(clause_left.as_str(), |m| &clause_left[m.end()..]);
            if (lead_only || bare.len() < clause_left.len()) && GENERIC_CLAUSE.is_match(bare) {
                if let Some(prev) = subject_before(&s.para.text[..s.offset]) {
                    clause_left = format!("{prev}{bare}");
                }
            }
        }
        // 在册吸毒人员由上年的920人下降至856人: the subject stands before 由
        // (FROM_TO needs 由 or 从: one search, and only where one stands)
        let from_to = if clause_left.contains(['由', '从']) { FROM_TO.find(&clause_left) } else { None };
        let trend_end = from_to.is_some();
        // (the year the trend ends at, named before its level: 降至2022年的3.5万起)
        let trend_year = from_to.and_then(|m| {
            let c = FROM_TO.captures(m.as_str())?;
            c.get(5)?.as_str().get(..4)?.parse::<i32>().ok()
        });
        if let Some(m) = from_to {
            clause_left.truncate(m.start());
            // 新滋生吸毒人员明显下降，由2018年的538人降至2020年的178人: a comparison opening its
            // clause is about the subject of the clause before it
            if clause_left.trim().is_empty() && ca > 0 {
                let prev = without_figures(s, prev_start().min(ca), ca);
                clause_left = prev.trim_end_matches(['，', ',', '；', ';']).to_string();
            }
        }
        let mut window = String::with_capacity(clause_left.len() + '▮'.len_utf8() + unit.len() + right.len());
        window.push_str(&clause_left);
        window.push('▮');
        window.push_str(unit);
        window.push_str(right);
        // one pass over the window finds every rule whose words stand there
        let (set, rule_of) = NEAR.of(u);
        let mut near = set.matches(&window);
        // a bare value in a label cell (刑事拘留：15, 开展禁毒宣传活动：52, 破获毒品刑事案件\t12)
        // counts what its label names: read with the counter its label's rule asks for
        if !near.matched_any() && u == U::Count && n.unit == Unit::None {
            for counter in ["起", "人", "场次"] {
                let w = format!("{clause_left}▮{counter}{right}");
                near = set.matches(&w);
                if near.matched_any() {
                    window = w;
                    break;
                }
            }
        }
        // (the gated rules whose words stand in the window and whose near pattern matches it)
        let gated: Vec<usize> =
            if *gate_words.get_or_init(|| GATED.iter().any(|g| g.words.iter().any(|w| s.text.contains(w)))) {
                (0..GATED.len())
                    .filter(|&g| {
                        GATED[g].rule.unit == u
                            && GATED[g].words.iter().any(|w| window.contains(w))
                            && GATED_NEAR[g].is_match(&window)
                    })
                    .collect()
            } else {
                Vec::new()
            };
        if !near.matched_any() && gated.is_empty() {
            continue;
        }
        // (a clause going on with the first clause's subject — 全市共破获…512起，查处吸毒人员1867
        // 人次 — is that subject's)
        // (…unless the subject it goes on with is the unit's share named since: 全市共破获…312起，
        // 其中我区破获47起，刑事拘留52人)
        // (…and so is one going on with another place's clause before it: 武陵区预算执行率98.2%，
        // 自评得分96分 in a city's text)
        if foreign(&s.text[ca..n.start])
            || ca > 0
                && scope_led(s.text)
                && !names_own_subject(&s.text[ca..n.start])
                && foreign(&s.text[..n.start])
                && !own_share(last_subject(&s.text[..ca]), foreign)
            || ca > 0 && !names_own_subject(&s.text[ca..n.start]) && {
                // (the sentence's clauses of a subject of their own, read once: a clause's start
                // and whether its place is another's)
                let subjects = subjects.get_or_init(|| subject_clauses(s.text, foreign));
                subjects.iter().rev().find(|c| c.0 < ca).is_some_and(|c| c.1)
            }
            || u == U::Count && one_event(s.text, ca)
        {
            continue;
        }
        // a count of drug, vice and gambling offences together (刑拘毒黄赌犯罪嫌疑人1909人, 破获黄赌毒
        // 案件40起) is no count of the drug field alone
        if u == U::Count
            && own_left.contains('赌')
            && ["黄赌毒", "毒黄赌", "黄毒赌", "赌毒", "毒赌"].iter().any(|w| own_left.contains(w))
        {
            continue;
        }
        // a level after 至/为/达: only what follows the last such word decides prior/change
        // (the last match of RESET ends where the last of its characters ends: 达到's 到 too)
        let scope = &own_left[clause_start(own_left, &['至', '到', '为', '达'])..];
        // (each test below runs its regex only where a character its words need stands)
        if any_in(scope, &CHANGE_CHARS) && CHANGE.is_match(scope)
            || right.trim_start().starts_with("百分点")
            || right.trim_start().starts_with("个百分点")
        {
            continue;
        }
        // the level a change starts from (新发现吸毒人员从84人减少到31人: 84) is the earlier one
        // (FROM_END anchors at the end: only the scope's last words are searched)
        let change_start = || {
            scope.contains(['从', '由'])
                && FROM_END.is_match(super::text::tail(scope, 48))
                && TO_LATER.is_match(&s.text[n.end..])
        };
        // a figure reached through the public's tips (根据群众举报破获案件5354起) is a part of
        // the results, and a count of tips (举报线索) none of them
        // (根据群众举报，抓获吸毒人员4409名，破获…案件440起: an opening clause of means governs
        // the clauses after it)
        let before = &s.text[..n.start];
        let tips = || own_left.contains("举报") || before.contains("举报") && TIPS_CLAUSE.is_match(before);
        // 累计 alone is the running total of the period the text covers (全年破获…，累计查获
        // 吸毒人员634人次); it spans years only beside a word of several years (十三五以来累计…)
        let several_years = || {
            any_in(own_left, &CUMUL_CHARS)
                && !YEAR_CUMUL.is_match(own_left)
                && (if own_left.contains("累计") { cumul(&own_left.replace("累计", "")) } else { cumul(own_left) }
                    // (…but not the year's own running start before it: 今年以来，全县累计查获…)
                    || own_left.contains("累计") && several_years_in(&YEAR_CUMUL.replace_all(before, "")))
        };
        let per = || any_in(own_left, &PER_CHARS) && PER.is_match(own_left);
        if prior(scope) || per() || several_years() || change_start() || tips() {
            continue;
        }
        // a target: named so in the clause or in a label before a colon (年度目标：管控率≥95%),
        // or written as a ≥/≤ bound (read once a rule takes the figure)
        let is_target = || {
            let label = s.text[..ca].rsplit(['，', ',', '；', ';', '。']).next().unwrap_or("");
            // (力争 opening a list governs each of its clauses: 力争破获…120起，查获…260人次，开展…400场次)
            s.target_section
                || TARGET.is_match(own_left)
                // (…but a label of what was done against the target — 年度总体目标完成情况：— is
                // the results')
                || TARGET.is_match(label) && !DONE_LABEL.is_match(label)
                // (…or a short clause of a demand before it: 会议要求，管控率达到98%以上; not one of
                // conformity, 按照上级要求，…)
                || {
                    let before = s.text[..ca].trim_end_matches(['，', ',', '：', ':']);
                    let pc = before.rsplit(['，', ',', '；', ';', '。']).next().unwrap_or("");
                    pc.ends_with("要求") && pc.chars().count() <= 8 && !pc.contains("按照") && !pc.contains("根据")
                }
                || s.text[..ca].contains("争") && INTENT_LEAD.is_match(&s.text[..ca])
                // (…or a sentence of the next steps: 下一步，县禁毒办将…，确保…)
                || s.text.trim_start().starts_with("下一步")
                || matches!(n.qualifier, Qualifier::Ge | Qualifier::Le)
                // (…or named so after it: 年初确定破获毒品刑事案件10起的目标, …200场次的任务)
                || ["的目标", "的任务", "的工作目标", "的目标任务"].iter().any(|w| s.text[n.end..].starts_with(w))
                // (…or a task's figure right after its word: 全年毛发检测任务1,200人次，已完成736人次;
                // not a task done, 完成毛发检测任务736人次)
                || {
                    let l = own_left.trim_end();
                    ["任务", "任务为", "任务是", "任务量", "任务量为"].iter().any(|w| l.ends_with(w))
                        && !l.contains("完成")
                }
        };
        for c in near.iter().map(|i| &COMPILED[rule_of[i]]).chain(gated.iter().map(|&g| &GATED_COMPILED[g])) {
            if c.sentence.as_ref().is_some_and(|r| !r.is_match(s.text)) {
                continue;
            }
            // exclusions look at this clause, and at the previous one when this clause
            // names no population of its own
            // (a value of a list of fields is read with its own label alone: the other labels
            // are other fields)
            let own = if listed.is_some() { own_left } else { &s.text[ca + share.unwrap_or(0)..item_end] };
            // (a clause of cases solved in the police's own verb — 破获, 侦破 — is not ruled out
            // by a clause of cases received before it, 受理毒品案件21起，破获…13起: another count)
            let solved = c.rule.field == Field::CriminalCases && SOLVED.is_match(own);
            // a figure whose own clause names a later stage after it (13人被检察院批准逮捕, 10人被
            // 移送起诉) is that stage's, not the detained of the clause before it
            // (read only where the detained rule took the figure)
            if c.rule.field == Field::Detained
                && !right.contains("拘")
                && ["逮捕", "批捕", "起诉", "判处", "判决"].iter().any(|w| right.contains(w))
            {
                continue;
            }
            // the persons of one kind taken in, 社区戒毒人员, listed before the other kind's (接收社区
            // 戒毒人员23名、社区康复人员31名): a part of an intake, not the persons under community
            // detox and rehab
            if c.rule.field == Field::CommunityCases
                && (own_left.contains("接收") || own_left.contains("报到"))
                && own_left.contains("社区戒毒")
                && !own_left.contains("康复")
                && s.text[n.end..].trim_start_matches(['名', '人', '、', '，', ',', '和', '及']).starts_with("社区康复")
            {
                continue;
            }
            // one kind's persons listed with the other's before their total (在册社区戒毒人员12名、
            // 社区康复人员19名，共计31名): a part; the total is the persons under both
            if c.rule.field == Field::CommunityCases
                && s.text[n.end..].contains(['共', '计'])
                && PARTS_THEN_TOTAL
                    .captures(&s.text[ca..])
                    .is_some_and(|c| c.name("other").is_some() || s.text[..ca].trim_end().ends_with(['、', '和', '及']))
            {
                continue;
            }
            // one kind's persons with the other kind's right after and no total (现有社区戒毒人员120人、
            // 社区康复人员85人; 在册社区戒毒人员45名，社区康复人员62名): the persons under community
            // detox and rehab are both kinds together (…not the parts of a total named before them,
            // 其中社区戒毒人员56名、社区康复人员31名)
            let mut other_kind = 0.0;
            if c.rule.field == Field::CommunityCases && !own_left.contains("其中") {
                let first = if own_left.contains("社区戒毒") && !own_left.contains("康复") {
                    Some("社区戒毒")
                } else if own_left.contains("社区康复") && !own_left.contains("社区戒毒") {
                    Some("社区康复")
                } else {
                    None
                };
                if let Some(first) = first {
                    other_kind = COMMUNITY_KINDS.sum_after(first, &s.text[n.end..]);
                }
            }
            // (…and the second kind's figure is counted in that sum: none of its own)
            if c.rule.field == Field::CommunityCases && COMMUNITY_KINDS.is_later(&s.text[..n.start]) {
                continue;
            }
            // the positives a test found, then what was done with them (尿检…，发现阳性2人次，依法责令
            // 强制隔离戒毒2人; 对阳性人员依法处置，其中强制隔离戒毒9人): those positives' part, not the
            // year's persons sent to compulsory rehab (…unless a scope of the whole opens anew:
            // 检出阳性5人；全年强制隔离戒毒19人)
            if c.rule.field == Field::CompulsoryRehab
                && s.text[..n.start].rfind("阳性").is_some_and(|i| {
                    let between = &s.text[i..n.start];
                    !["全年", "全县", "全区", "全市", "全旗", "今年", "；", ";"].iter().any(|w| between.contains(w))
                })
            {
                continue;
            }
            // (…nor, when it names its cases itself — 破获毒品刑事案件 — by the clause before at all)
            let ctx = || {
                // (…and a clause naming the evaluation's score itself — 按照…评分标准，该项目自评
                // 得分为90.5分 — by its own words alone)
                let alone = listed.is_some()
                    || names_population(own)
                    || solved && own.contains("毒") && own.contains("案件")
                    || c.rule.field == Field::SelfScore && NAMED_SCORE.is_match(own)
                    // (…and a rate naming the money it is of — 预算执行率, 资金执行率 — by its own
                    // words alone: the clause of a part's sum before it, 社戒社康工作经费28万元，
                    // 预算执行率95.5%, names what was paid for, not an order carried out)
                    || c.rule.field == Field::ExecutionRateStated
                        && ["预算执行率", "资金执行率", "经费执行率", "预算完成率", "资金支出率"].iter().any(|w| own.contains(w))
                    // (…and hair tests named in their own clause — 尿检1,026人次，结果均为阴性；组织毛发
                    // 检测420人次 — by its words alone: the clause before is another test's or group's)
                    || c.rule.field == Field::HairTests && own.contains("毛发");
                let t = if alone { own } else { neighbourhood() };
                // (the share's 其中 names the unit's part of a wider area's total, no sub-count)
                let t = if share.is_some() && !alone {
                    std::borrow::Cow::Owned(t.replacen("其中", "", 1))
                } else {
                    std::borrow::Cow::Borrowed(t)
                };
                // (…nor by 受理 joined to its own verb: 受理并侦破毒品刑事案件64起 are solved)
                let joined = own.contains("受理并") || own.contains("受理和") || own.contains("受理、");
                if solved && t.contains("受理") && (joined || !own.contains("受理")) {
                    std::borrow::Cow::Owned(t.replace("受理", ""))
                } else {
                    t
                }
            };
            // the staff employed named after the head count with the retired (实有139人，其中：
            // 在职115人、退休24人): only the words before its own figure rule it out
            let serving = c.rule.field == Field::StaffActual && s.text[ca..n.start].contains("在职");
            // the drug users among all drug offenders counted before them (共查获涉毒违法犯罪人员148
            // 人次，其中查处吸毒人员96人次) are the users caught: that 其中 parts no users' count
            let users_part = c.rule.field == Field::UsersCaught
                && own.starts_with("其中")
                && own.contains("吸毒")
                && !own.contains("吸毒人员中")
                && {
                    let prev = &s.text[prev_start().min(ca)..ca];
                    prev.contains("涉毒") && !prev.contains("吸毒")
                };
            if serving {
                if STAFF_NOT.is_match(&s.text[ca..n.start]) {
                    continue;
                }
            } else if c.not.as_ref().is_some_and(|r| {
                // (a staff figure is not ruled out by an aside closed in the clause before it —
                // 现有工作人员6人（其中在编4人、聘用2人），核定编制4名: the aside's 其中 is its own)
                // (…nor by an aside after the figure, 核定编制5名（其中行政编制2名）: a figure inside
                // one, still open where it stands, keeps the aside's words)
                let t = ctx();
                let t = if users_part { std::borrow::Cow::Owned(t.replacen("其中", "", 1)) } else { t };
                let staff = matches!(c.rule.field, Field::StaffQuota | Field::StaffActual);
                if staff && s.text[..item_end].contains(['）', ')']) {
                    let from = prev_start().min(ca);
                    let start = if t.len() == item_end - from { from } else { ca };
                    let (a, b) = (&s.text[start..n.start], &s.text[n.start..item_end]);
                    r.is_match(&format!("{}{}", without_closed_asides(a), without_closed_asides(b)))
                } else {
                    // (…nor by the parts listed in an aside after the figure — 查处吸毒人员612人次
                    // （其中外流贩毒人员44人次）, 612人次（其中女性44人次）: the aside's words name
                    // its parts, not the figure)
                    r.is_match(&t) && parts_aside(&s.text[n.end..]).is_none_or(|a| r.is_match(&t.replacen(a, "", 1)))
                }
            }) {
                continue;
            }
            // those ordered into community rehab in a list of the period's dispositions, right
            // after those sent to compulsory rehab (强制隔离戒毒57人，社区戒毒社区康复88人), are a
            // flow, not those under it: no word of their standing (在管, 在册, 现有) in the clause,
            // nor of the persons (社区戒毒、社区康复人员136名, 管控率… after it, is the stock)
            if c.rule.field == Field::CommunityCases
                && !["在册", "在管", "在控", "现有", "管控", "共有", "执行", "纳入", "列管", "人员", "对象"]
                    .iter()
                    .any(|w| own.contains(w))
                && DISPOSED_BEFORE.is_match(s.text[prev_start().min(ca)..ca].trim_end_matches(SEPS))
            {
                continue;
            }
            // persons are not counted in documents or cases (接收社区戒毒社区康复人员档案41份)
            if matches!(c.rule.field, Field::CommunityCases | Field::RegisteredUsers)
                && matches!(unit, "份" | "件" | "篇" | "起")
            {
                continue;
            }
            // one kind of case among all (贩毒案件, 鸦片案件, 部督目标案件) is not the total
            // …except the criminal ones among all drug cases (侦破涉毒案件132起，其中破获涉毒
            // 刑事案件27起): those are the field, and the total before them is not
            // (毒品犯罪案件 are the criminal ones too, not 违法犯罪案件: violations and crimes)
            let criminal_words = |t: &str| t.contains("刑事") || t.contains("犯罪案件") && !t.contains("违法犯罪");
            // (…a sentence opening on 其中 goes on from the sentence before it: when that one
            // counted criminal cases already — 共破毒品刑事案件165件。其中，“夏安”行动破毒品刑事案件
            // 82起 — this is a part of them, not the criminal part of all drug cases)
            let opens_on_part = ca == 0 && own.starts_with("其中") && s.offset > 0;
            let told_before = || {
                let para = &s.para.text[..s.offset.min(s.para.text.len())];
                let para = para.trim_end_matches(['。', '；', ';', '！', '!']);
                let start = para
                    .char_indices()
                    .rfind(|&(_, c)| matches!(c, '。' | '；' | ';' | '！' | '!'))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                // (…but a count of every crime before — 全年共破获各类刑事案件1236起…。其中，破获毒品
                // 刑事案件47起 — has drug cases as its part: those are the field)
                let before = &para[start..];
                criminal_words(before) && (before.contains('毒') || !own.contains('毒'))
            };
            // (…and so are the drug ones named after every crime in the sentence: 全年共侦破各类刑事
            // 案件1,532起，其中毒品刑事案件46起)
            let every_crime_before = || {
                let before = &s.text[prev_start().min(ca)..ca];
                criminal_words(before) && !before.contains('毒') && own.contains('毒')
            };
            let criminal_part = criminal_words(own)
                && (!criminal_words(&s.text[..ca]) || every_crime_before())
                && !(opens_on_part && told_before());
            let sub_words = if criminal_part { own.replace("其中", "") } else { own.to_string() };
            // (an aside right after the figure — 4582起（其中包括…制毒案…）, 2750宗（其中重特大毒品
            // 案件383宗）, 165起（含…大案） — names a part of the total, not the total's kind)
            let sub_words = if listed.is_some() { sub_words } else { without_aside_after(&sub_words, n.end - ca) };
            if c.rule.field == Field::CriminalCases && SUB_CASES.is_match(&sub_words) {
                continue;
            }
            // (…and the criminal part named after one kind's total — 查处非法种植罂粟案件12起，其中
            // 刑事案件3起; 破获贩毒案件30起，其中刑事案件22起 — is a part of that kind, not the
            // criminal part of all drug cases)
            if c.rule.field == Field::CriminalCases
                && criminal_part
                && own.contains("其中")
                && SUB_CASES.is_match(&s.text[prev_start().min(ca)..ca])
            {
                continue;
            }
            // the crimes of every kind a police bureau solved (全年共侦破各类刑事案件1,532起; 侦破刑事
            // 案件1,532起，其中毒品刑事案件46起), no drug named in their clause: no drug cases
            if c.rule.field == Field::CriminalCases
                && !own.contains('毒')
                && (own.contains("各类")
                    || s.text[n.end..]
                        .strip_prefix(['，', ','])
                        .and_then(|t| t.strip_prefix("其中"))
                        .is_some_and(|t| t.trim_start_matches(['：', ':', '，', ',']).starts_with(['毒', '涉'])))
            {
                continue;
            }
            // a bound setting apart a class of units or items (执行率低于90%的县（区）要认真分析原因,
            // 复吸率高于10%的乡镇, 完成率不足80%的单位): a rule for others, no figure of the text's own
            if matches!(n.qualifier, Qualifier::Lt | Qualifier::Le | Qualifier::Gt | Qualifier::Ge)
                && bounds_a_class(&s.text[n.end..])
            {
                continue;
            }
            let mut value = n.value;
            if u == U::Count && value.fract() != 0.0 {
                continue;
            }
            // posts of one kind (行政编制2名) listed with the other kinds after it (、事业编制3名), no
            // total stated: the unit's posts are their sum
            if c.rule.field == Field::StaffQuota && own_left.contains("编制") {
                // (…and a later kind of the list, 事业编制3名 after 行政编制5名、, is a part of
                // that sum, no second statement of the unit's posts)
                if POST_KINDS_LIST.is_later(&s.text[..n.start]) {
                    continue;
                }
                if let Some(first) = POST_KIND.captures(own_left.trim_end_matches(['为', '有', '：', ':', ' '])) {
                    value += POST_KINDS_LIST.sum_after(&first[1], &s.text[n.end..]);
                }
            }
            // a bare 得分 under 40 is an indicator's points (实际完成436人，得分10分), not the
            // evaluation's score, which is named (自评得分, 总分) or near its full marks
            if c.rule.field == Field::SelfScore && value < 40.0 && !NAMED_SCORE.is_match(&window) {
                continue;
            }
            // the rate of one item (“三公”经费预算数3万元，决算数2.6万元，完成预算的86.67%) is not
            // the budget's, unless the unit's whole spending is named after the item
            if c.rule.field == Field::ExecutionRateStated && item_rate(&s.text[..n.start]) {
                continue;
            }
            // …nor a part's rate (项目资金执行率98.5%, 基本支出执行率99.2%) in a sentence that names
            // the whole's too (整体预算执行率98.9%)
            if c.rule.field == Field::ExecutionRateStated
                && PART_RATE.is_match(own_left)
                && ["整体", "总体", "部门预算执行率", "单位预算执行率"].iter().any(|w| s.text.contains(w))
            {
                continue;
            }
            value += other_kind;
            if u == U::Count {
                value = value.round();
            }
            let mut cand = s.candidate(c.rule.field, value, n.qualifier, n.num_start, &s.text[n.num_start..n.num_end]);
            // all drug cases (涉毒案件, administrative ones too) yield to a criminal count;
            // a head count with the retired (实有…退休) to the serving staff
            // (…but 其中毒品犯罪案件, the criminal part named after a total, is the field)
            // (毒品犯罪案件 are crimes by their name, as 刑事案件 are; 违法犯罪案件 mix the two)
            let crimes_by_name = own.contains("刑事") || own.contains("犯罪案") && !own.contains("违法犯罪");
            let all_drug_cases =
                c.rule.field == Field::CriminalCases && !crimes_by_name && !(criminal_part && own.contains("其中"));
            // persons of any drug offence (查获涉毒违法人员) yield to the drug users counted as such
            let all_drug_persons = c.rule.field == Field::UsersCaught && !own.contains("吸毒");
            let with_retired = c.rule.field == Field::StaffActual && !serving && s.text.contains("退休");
            // (cases investigated, 侦办, yield to the cases solved when the text names both: 侦办
            // 毒品刑事案件22起，破获19起)
            let handled = c.rule.field == Field::CriminalCases && own.contains("侦办") && !own.contains('破');
            // (…and cases filed for investigation, 立案侦办, are none solved)
            if handled && (s.text[n.end..].contains('破') || own.contains("立案侦办")) {
                continue;
            }
            // persons taken in for rehab of any kind (收戒, 送戒) yield to those of them sent to
            // compulsory isolation the sentence names after (收戒吸毒人员15名，其中强制隔离戒毒13名)
            let taken_in = c.rule.field == Field::CompulsoryRehab
                && !own.contains("强制")
                && !own.contains("强戒")
                && ["强制隔离戒毒", "强戒"].iter().any(|w| s.text[n.end..].contains(w));
            // (…and all drug cases far outnumbering the suspects caught in them — 破获涉毒案件49起，
            // 抓获毒品犯罪嫌疑人8人 — are mostly administrative: no count of criminal cases, each of
            // which has a suspect of its own)
            if all_drug_cases && suspects_fewer_than_half(s.text, value) {
                continue;
            }
            if all_drug_cases || with_retired || handled || taken_in {
                cand.rank = 1;
            }
            // a campaign's period before the figure in its sentence (禁毒宣传月活动期间开展宣传活动
            // 40场, 百日攻坚行动中查获…), no whole year named after it: that campaign's figure,
            // yielding to the year's
            if *campaign_words.get_or_init(|| has_campaign_words(s.text)) && campaign_period(&s.text[..n.start]) {
                cand.rank = cand.rank.max(2);
            }
            // …and so is the catch of one case or check, in its clause (金寨刑警在侦破盗案中查获6名
            // 吸毒人员, 民警在清查中抓获吸毒人员4名): a part of the area's count
            if s.text.contains('中') && incident(&s.text[ca..n.start]) {
                cand.rank = cand.rank.max(2);
            }
            cand.weak = all_drug_persons;
            cand.trend_end = trend_end || series.is_some_and(|(_, last, _)| last);
            cand.trend_year = trend_year;
            // (each value of a series over a span of years is its own year's, as one of a list)
            cand.list_year = by_year.map(|(_, y)| y).or(series.map(|(_, _, y)| y));
            cand.list_part = by_part.map(|(_, p)| p);
            if is_target() {
                targets.push(cand);
            } else {
                out.push(cand);
            }
            break;
        }
    }
}

/// Whether the unit's own share of a wider area's total follows the figure ending at `end`, with
/// no other subject named between: after a comma in its sentence (，其中我县破获28起; 全州共破获…
/// 1,025起，缴获毒品2.1吨，其中个旧市破获…64起) or opening the next sentence (。其中，汇川区破获47
/// 起). A county named so counts only after a wider area's scope (`wider`: 全市…，其中汇川区…).
fn share_follows(s: &Sentence, end: usize, wider: bool, foreign: &dyn Fn(&str) -> bool) -> bool {
    let share = |c: &str| {
        c.strip_prefix("其中").map(|t| own_area(t).is_some() || wider && named_area(t).is_some() && !foreign(c))
    };
    // (the clauses after the figure's own, in its sentence; cheap test first: 其中 after it)
    let mut rest = &s.text[end..];
    while let Some(i) = rest.contains("其中").then(|| clause_end(rest, &['，', ',', '；', ';'])).flatten() {
        let sep = rest[i..].chars().next().map_or(1, char::len_utf8);
        let c = &rest[i + sep..];
        if let Some(own) = share(c) {
            return own;
        }
        if names_own_subject(c) {
            return false;
        }
        rest = c;
    }
    // (…and the next sentence of the paragraph, after the sentence's last figure)
    if !wider || !s.text[end..].trim_start_matches(['。', ' ']).is_empty() {
        return false;
    }
    let after = s.para.text.get(s.offset + s.text.len()..).unwrap_or("");
    share(after.trim_start_matches(['。', ' '])).unwrap_or(false)
}
/// The last clause of `before` (a sentence's text before a clause) that names a subject of its own.
fn last_subject(before: &str) -> &str {
    let mut end = before.len();
    loop {
        let t = before[..end].trim_end_matches(SEPS);
        let a = clause_start(t, SEPS);
        if a == 0 || names_own_subject(&t[a..]) {
            return &t[a..];
        }
        end = a;
    }
}
/// The clauses of a sentence that name a subject of their own (and its first), each by its start
/// and whether `foreign` takes it for another place's: 武陵区预算执行率98.2%，自评得分96分 in a
/// city's text gives (0, true).
fn subject_clauses(text: &str, foreign: &dyn Fn(&str) -> bool) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    let mut a = 0;
    loop {
        let end = clause_end(&text[a..], SEPS).map_or(text.len(), |i| a + i);
        let clause = &text[a..end];
        if a == 0 || names_own_subject(clause) {
            out.push((a, foreign(clause)));
        }
        let Some(c) = text[end..].chars().next() else { break };
        a = end + c.len_utf8();
    }
    out
}
/// Whether a clause is the unit's own share of a wider total: 其中我区破获47起, 其中汇川区破获47起
/// in a text of 汇川区.
fn own_share(clause: &str, foreign: &dyn Fn(&str) -> bool) -> bool {
    clause.strip_prefix("其中").is_some_and(|t| own_area(t).is_some() || named_area(t).is_some() && !foreign(clause))
}

/// Whether a clause names a wider area's scope (全市, 全州, 全省, 全盟, 全地区) before its figure.
fn wider_led(clause: &str) -> bool {
    ["全市", "全州", "全省", "全盟", "全地区"].iter().any(|w| clause.contains(w))
}
/// The start of the clause before the one starting at `ca`.
fn prev_start_of(text: &str, ca: usize) -> usize {
    clause_start(text[..ca].trim_end_matches(SEPS), &['，', ',', '；', ';', '。']).min(ca)
}
/// The byte length of a county's name opening a clause that says nothing but its level (原州区达
/// 99.2%, 某县为98%) or its verb (临夏县破获26起): the name, when the clause is that bare.
fn elliptic_county(t: &str) -> Option<usize> {
    // (a county's name is two characters at least, and the gazetteer reads none from nothing)
    t.chars().nth(2)?;
    let g = super::regions::Gazetteer::global();
    let super::regions::Leading::County(rs) = g.leading_place(t)? else { return None };
    let k = rs.iter().filter(|r| t.starts_with(r.county.as_str())).map(|r| r.county.len()).max()?;
    // (…or its verb alone: 全州共破获毒品案件217起，临夏县破获26起)
    let verb = ["破获", "侦破", "查获", "查处", "抓获", "开展", "完成"];
    let r = t[k..].trim_start_matches(['共', '全', '年']);
    let r = verb.iter().find_map(|v| r.strip_prefix(v)).unwrap_or(r);
    let rest = r.trim_start_matches(['达', '到', '为', '是', '也', '则']);
    (rest.len() < t.len() - k && rest.starts_with(|c: char| c.is_ascii_digit())).then_some(k)
}
/// 0 when `t` (the words after 其中) opens on this year's word: 三年来共破获…56起，其中今年破获21起
/// names the year's part of a span's total, as a county's share is named, no sub-count of the field.
fn this_years_part(t: &str) -> Option<usize> {
    (t.starts_with("今年") || t.starts_with("本年")).then_some(0)
}
/// The byte length of the words before a county's name opening `t` (the words after 其中 in
/// 全市共破获…512起。其中，南康区破获…47起): 0 or the comma's.
fn named_area(t: &str) -> Option<usize> {
    let rest = t.trim_start_matches(['，', ',', '：', ':']);
    if rest.is_empty() {
        return None;
    }
    match super::regions::Gazetteer::global().leading_place(rest)? {
        super::regions::Leading::County(_) => Some(t.len() - rest.len()),
        super::regions::Leading::City(_) => None,
    }
}

/// Whether a sentence opens (after its year: 2023年，) on a wider area's scope — 全市, 我市, 全省,
/// 全国, 我国 — whose figures its later clauses go on with.
fn scope_led(text: &str) -> bool {
    let b = text.as_bytes();
    let t = match text.get(4..).and_then(|r| r.strip_prefix('年')) {
        Some(rest) if b.starts_with(b"20") && b[2..4].iter().all(u8::is_ascii_digit) => {
            rest.trim_start_matches('度').trim_start_matches(['，', ','])
        }
        _ => text,
    };
    ["全市", "我市", "全省", "我省", "全国", "我国"].iter().any(|w| t.starts_with(w))
}

/// Whether a clause opens on a subject of its own — a scope (全县, 我市, 全国), 其中 or a place's
/// name — rather than going on with the subject of the sentence's first clause.
fn names_own_subject(clause: &str) -> bool {
    let c = clause.trim_start_matches(|ch: char| ch.is_whitespace() || "，,、；;：:".contains(ch));
    ["全", "我", "本", "其中", "各", "该"].iter().any(|w| c.starts_with(w))
        || !c.is_empty() && super::regions::Gazetteer::global().leading_place(c).is_some()
}

/// The byte length of the unit's own area named at the start of `t` (the words after 其中 in
/// 全市共破获…112起，其中我县破获28起): 我县, 本区, 我市… before a verb or the figure, not a
/// population of the area (其中本县籍…, 其中我县户籍…, 其中本县人员…).
fn own_area(t: &str) -> Option<usize> {
    let rest = t.strip_prefix(['我', '本'])?;
    let rest = rest.strip_prefix(['县', '区', '市', '旗', '州'])?;
    let k = t.len() - rest.len();
    let rest = rest.trim_start_matches(['，', ',']);
    let next = rest.chars().next()?;
    if "籍户人的".contains(next) {
        return None;
    }
    Some(t.len() - rest.len()).filter(|&i| i >= k)
}

/// A list of kinds of one count with no total of its own — posts by kind (行政编制5名、事业编制3名、
/// 工勤编制1名), the two community measures (社区戒毒人员41人、社区康复人员58人): the first kind's
/// figure stands for their sum, and a later kind's figure is counted in it.
struct KindList {
    /// the next item right after a kind's figure: its kind (group 1) and its count (group 2)
    next: &'static Re,
    /// the words before a later item's figure, from the figure of the kind before it
    later: &'static Re,
    /// a cheap test the words before a later item pass (the list's mark, both kinds' names)
    gate: fn(&str) -> bool,
}

impl KindList {
    /// The counts of the kinds listed right after the figure of kind `first` (`after`: the text
    /// after that figure), each kind once: 0 when none follows.
    fn sum_after(&self, first: &str, after: &str) -> f64 {
        let mut seen = vec![first];
        let (mut sum, mut rest) = (0.0, after);
        while let Some(c) = self.next.captures(rest) {
            let kind = c.get(1).map_or("", |m| m.as_str());
            if seen.contains(&kind) {
                break;
            }
            seen.push(kind);
            sum += c[2].parse::<f64>().unwrap_or(0.0);
            rest = &rest[c.get(0).map_or(0, |m| m.end())..];
        }
        sum
    }

    /// Do the words before a figure (`before`) end on a kind listed after another kind's figure
    /// (行政编制5名、事业编制 before 3名)?
    fn is_later(&self, before: &str) -> bool {
        (self.gate)(before) && self.later.is_match(before)
    }
}

/// Posts by kind: 行政编制5名、事业编制3名、工勤编制1名 (工勤编制2人、政府购买服务编制 before 3人
/// is a later kind too, though only the kinds of `POST_KINDS` add to the sum).
static POST_KINDS_LIST: KindList =
    KindList {
        next: &NEXT_POST_KIND, later: &LATER_POST_KIND, gate: |t| t.contains(['、', '，', ',', '和', '及'])
    };
/// The figure of a kind of post, a list's mark, and the next kind's name up to its figure.
static LATER_POST_KIND: Re = Re::new(|| {
    Regex::new(r"编制(?:数)?(?:为|有)?\s*\d{1,3}\s*(?:名|人|个)[、，,和及]\s*[^、，,。；;：:（(）)\d]{0,10}编制(?:数)?(?:为|有)?\s*$")
        .unwrap()
});
const POST_KINDS: &str =
    "行政|事业|参公|参照公务员法管理事业|工勤|工勤技能|机关|政法专项|全额拨款事业|全额事业|差额事业|自收自支事业";
/// A kind of post ending the words before a figure (核定行政编制).
static POST_KIND: Re = Re::new(|| Regex::new(&format!(r"({POST_KINDS})编制(数)?$")).unwrap());
/// The next item of a list of kinds of posts (、事业编制3名).
static NEXT_POST_KIND: Re = Re::new(|| {
    Regex::new(&format!(r"^[、，,和及]\s*({POST_KINDS})编制(?:数)?(?:为|有)?\s*(\d{{1,3}})\s*(?:名|人|个)")).unwrap()
});

/// Is a count one event's (此次共有34名对象进行了毛发检测, 本次活动共开展…3场; 当天，民警共查获…):
/// its clause, or its sentence by a short opening clause (当天，), opening on the event — that
/// event's figure, no account of a unit's year.
fn one_event(sentence: &str, clause_at: usize) -> bool {
    const EVENT: [&str; 6] = ["此次", "本次", "这次", "该次", "当天", "当日"];
    let opens = |t: &str| {
        let t = t.trim_start_matches(|c: char| c.is_whitespace() || "，,、；;：".contains(c));
        EVENT.iter().any(|w| t.starts_with(w))
    };
    if opens(&sentence[clause_at..]) {
        return true;
    }
    // (a first clause of the event's word alone or with a short noun: 当天，; 此次行动，)
    let first = sentence.find(['，', ',']).map_or("", |i| &sentence[..i]);
    if first.len() < clause_at && first.chars().count() <= 4 && opens(first) {
        return true;
    }
    // (…or a sentence opening on the event's activity, after an attribution or not: 据统计，本次
    // 宣传活动共派发宣传资料100余份，…，进行毛发采集30人 — every figure of it is the event's)
    let lead = sentence.trim_start();
    let at = ["据统计", "经统计", "据了解", "据悉", "据介绍"]
        .iter()
        .find_map(|w| lead.strip_prefix(w))
        .map_or(0, |r| lead.len() - r.trim_start_matches(['，', ',', '：', ':']).len());
    let rest = &lead[at..];
    let clause = rest.find(['，', ',']).map_or(rest, |i| &rest[..i]);
    let start = sentence.len() - lead.len() + at;
    start + clause.len() < clause_at && opens(clause) && clause.contains("活动")
}

/// The aside of parts opening `rest` (the text after a figure): （其中女性44人次）, closed.
fn parts_aside(rest: &str) -> Option<&str> {
    let open = rest.chars().next().filter(|c| matches!(c, '（' | '('))?;
    let inner = &rest[open.len_utf8()..];
    if !inner.trim_start().starts_with("其中") {
        return None;
    }
    let end = inner.find(['）', ')'])?;
    // (one level only: an aside opening another inside it is left as it is)
    if inner[..end].contains(['（', '(']) {
        return None;
    }
    let close = inner[end..].chars().next()?.len_utf8();
    Some(&rest[..open.len_utf8() + end + close])
}

/// `clause` without the parenthetical aside that follows its figure (ending at `figure_end`)
/// after no more than the figure's counter: 4582起（其中包括…） → 4582起.
/// `t` without its asides closed in full (（其中在编4人、聘用2人）).
fn without_closed_asides(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut depth = 0usize;
    let mut held = String::new();
    for ch in t.chars() {
        match ch {
            '（' | '(' => {
                depth += 1;
                held.push(ch);
            }
            '）' | ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    held.clear();
                } else {
                    held.push(ch);
                }
            }
            _ if depth > 0 => held.push(ch),
            _ => out.push(ch),
        }
    }
    // (an aside left open keeps its words)
    out.push_str(&held);
    out
}

fn without_aside_after(clause: &str, figure_end: usize) -> String {
    let Some(rest) = clause.get(figure_end..) else {
        return clause.to_string();
    };
    let counter =
        rest.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || "起件宗名人次个".contains(c)).len();
    let after = &rest[counter..];
    let Some(open) = after.chars().next().filter(|c| matches!(c, '（' | '(')) else {
        return clause.to_string();
    };
    let close = if open == '（' { '）' } else { ')' };
    match after.find(close) {
        Some(end) => format!("{}{}", &clause[..figure_end + counter], &after[end + close.len_utf8()..]),
        // (an aside running on past the item's end — 22起（其中部级目标案件1起、省级目标案件2起）
        // read up to its 、 — is an aside all the same)
        None => clause[..figure_end + counter].to_string(),
    }
}

/// A campaign's period (宣传月活动期间, 禁毒宣传周期间, 百日攻坚行动中, 集中宣传活动期间; an
/// activity's own, 开展“禁毒宣传月”活动，活动期间共开展…; or a holiday's, 春节期间, 暑假期间).
static CAMPAIGN_PERIOD: Re = Re::new(|| {
    Regex::new(r"(宣传月|宣传周|活动月|百日|攻坚|专项行动|集中行动|集中宣传|活动|春节|节日|节假日|元旦|国庆|暑假|寒假)[^，,。；]{0,6}(期间|中)").unwrap()
});

/// The course of one case or check (在侦破盗窃案中, 在清查中, 在一次检查中).
static INCIDENT: Re = Re::new(|| {
    Regex::new(r"在[^，,。；;]{0,4}(侦破|侦办|办理|查处|清查|检查|盘查|排查|巡逻|处置)[^，,。；;]{0,10}中").unwrap()
});

/// Does a clause (up to its figure) tell of the course of one case or check, with no whole
/// area or year named after it?
fn incident(clause: &str) -> bool {
    INCIDENT.find_iter(clause).last().is_some_and(|m| {
        let after = &clause[m.end()..];
        !["全年", "今年", "全县", "全市", "全区", "全省", "年内", "共"].iter().any(|w| after.contains(w))
    })
}

/// Does a sentence hold a word of a campaign's period (期间, 行动中, 攻坚中)? (once a sentence,
/// before `campaign_period` reads the text up to each figure)
fn has_campaign_words(t: &str) -> bool {
    t.contains("期间") || t.contains("动中") || t.contains("坚中")
}

/// Does a campaign's period stand in `before` (the sentence up to a figure) with no whole
/// year or area named after it (…期间…，全年共开展…)?
fn campaign_period(before: &str) -> bool {
    // (cheap test first: the words of a period)
    (before.contains("期间") || before.contains("动中") || before.contains("坚中"))
        && CAMPAIGN_PERIOD.find_iter(before).last().is_some_and(|m| {
            let after = &before[m.end()..];
            // (a campaign framed as the sentence's time, 在…集中宣传活动中，全县开展…: the whole
            // area's doings in it are still the campaign's; only the year's words end it)
            let framed = before[..m.start()].rsplit(['。', '；', ';']).next().is_some_and(|c| {
                let c = c.trim_start();
                c.starts_with('在') && !c.contains(['，', ','])
            });
            let ends: &[&str] = if framed {
                &["全年", "今年", "年内"]
            } else {
                &["全年", "今年", "全县", "全市", "全区", "全省", "年内"]
            };
            !ends.iter().any(|w| after.contains(w))
        })
}

/// Is an execution rate written after “三公”经费 with nothing of the whole unit's spending
/// (部门, 整体, 单位, 总) between them, within a sentence's short stretch?
/// A rate named for a part of the spending (项目资金执行率, 基本支出执行率, 人员经费支出进度).
static PART_RATE: Re = Re::new(|| {
    Regex::new(r"(项目(资金|支出|经费)?|基本支出|人员经费|公用经费|专项(资金|经费)?)(预算)?(执行率|执行进度|支出进度)(为|达|达到|是)?\s*$").unwrap()
});

fn item_rate(before: &str) -> bool {
    before.rfind("三公").is_some_and(|i| {
        let between = &before[i..];
        between.chars().count() <= 40 && !["部门", "整体", "单位", "总"].iter().any(|w| between.contains(w))
    })
}

/// The values before a figure in a list after its label (…人数依次为325人、173人、), and the
/// values after it (、155人): one item of a list.
static LIST_BEFORE: Re =
    Re::new(|| Regex::new(r"((依次|分别)?(为|是)\s*)((?:[\d.]+\s*[^\d\s、，,；;。]{0,3}\s*、\s*)*)$").unwrap());
static LIST_AFTER: Re =
    Re::new(|| Regex::new(r"^\s*[^\d\s、，,；;。]{0,3}((?:\s*、\s*[\d.]+\s*[^\d\s、，,；;。]{0,3})*)").unwrap());
static SPAN_YEARS: Re = Re::new(|| Regex::new(r"(20[0-4]\d)\s*年?\s*[-—–~～至到]\s*(20[0-4]\d)\s*年").unwrap());

/// A figure that is one value of a list with as many values as the years the sentence spans
/// (2017—2019年…依次为94起、41起、43起): the clause's label without the values before it,
/// whether the figure is the last (the last year's), and (its year, how many years). None for
/// any other figure, and for a list of fields' values (查获、新发现吸毒人员分别为320人、120人),
/// which names no span of years.
fn year_series<'t>(sentence: &str, own_left: &'t str, right: &str) -> Option<(&'t str, bool, (i32, usize))> {
    // (cheap tests first: a list after 为/是, and a span's dash or 至/到)
    if !own_left.contains(['为', '是']) || !sentence.contains(['-', '—', '–', '~', '～', '至', '到']) {
        return None;
    }
    let span = SPAN_YEARS.captures(sentence)?;
    let (a, b): (i32, i32) = (span[1].parse().ok()?, span[2].parse().ok()?);
    let years = usize::try_from(b - a + 1).ok().filter(|y| (2..=10).contains(y))?;
    let before = LIST_BEFORE.captures(own_left)?;
    let after = LIST_AFTER.captures(right)?;
    let count = |t: &str| t.matches('、').count();
    let (k, rest) = (count(&before[4]), count(&after[1]));
    let label = &own_left[..before.get(4)?.start()];
    (k + rest + 1 == years).then_some((label, rest == 0, (a + k as i32, years)))
}

use super::sentence::year_list;

/// A list of labels and then of as many values after 分别 (破获毒品刑事案件、抓获犯罪嫌疑人、
/// 查获吸毒人员分别为14起、19名和52人次): the labels before 分别, and the values before the figure.
static FIELD_LIST_BEFORE: Re = Re::new(|| {
    Regex::new(r"分别(?:为|是|达到|达|有|是)?\s*((?:\d[\d.,]*\s*[^\d\s、，,；;。和及]{0,3}\s*[、和及]\s*)*)$").unwrap()
});
/// …and the values after the figure (、19名和52人次).
static FIELD_LIST_AFTER: Re = Re::new(|| {
    Regex::new(r"^\s*[^\d\s、，,；;。和及]{0,3}((?:\s*[、和及]\s*\d[\d.,]*\s*[^\d\s、，,；;。和及]{0,3})*)").unwrap()
});

/// A figure that is one value of a list of fields' values after 分别, with as many labels
/// before 分别 as values after it: the figure's own label (the label of the same place in
/// the list). None for any other figure, and when the labels and the values do not pair up
/// (查获、新发现吸毒人员分别为320人、120人 pairs 查获 with 320: a label of no field).
fn field_list<'t>(own_left: &'t str, right: &str) -> Option<std::borrow::Cow<'t, str>> {
    // (cheap test first: the word itself)
    if !own_left.contains("分别") {
        return None;
    }
    let before = FIELD_LIST_BEFORE.captures(own_left)?;
    let after = FIELD_LIST_AFTER.captures(right)?;
    let count = |t: &str| t.matches(['、', '和', '及']).count();
    let (k, rest) = (count(&before[1]), count(&after[1]));
    let labels = own_left[..before.get(0)?.start()].trim_end();
    let mut items: Vec<&str> = labels.split('、').collect();
    // (the last label may be joined by 和/及 — …、查获吸毒人员和新发现吸毒人员 — when the values
    // say there is one more label than 、 parts)
    if items.len() == k + rest {
        if let Some(last) = items.pop() {
            let cut = last.find(['和', '及'])?;
            items.push(&last[..cut]);
            items.push(&last[cut + '和'.len_utf8()..]);
        }
    }
    if items.len() < 2 || items.len() != k + rest + 1 || items.iter().any(|t| t.trim().is_empty()) {
        return None;
    }
    // (labels cut short to their first character before the words they share with the last —
    // 高、中、低风险的分别为3名、11名、96名 — each take those words: 高风险的, 中风险的)
    let one_char = |t: &str| t.trim().chars().count() == 1;
    let last = items[items.len() - 1].trim();
    let shared = last.char_indices().nth(1).map(|(i, _)| &last[i..]).filter(|w| w.chars().count() >= 2);
    let cut_short = items.len() >= 3 && one_char(&last[..last.len() - shared.map_or(0, str::len)]);
    if let Some(w) =
        shared.filter(|_| cut_short && k + 1 < items.len() && items[1..items.len() - 1].iter().all(|t| one_char(t)))
    {
        return Some(format!("{}{w}", items[k].trim()).into());
    }
    Some(items[k].trim().into())
}

/// A clause of means naming the public's tips, opening what follows: 根据群众举报，…
static TIPS_CLAUSE: Re = Re::new(|| {
    Regex::new(r"(^|[，,；;。])\s*(根据|通过|依据|依托|经)[^，,；;。]{0,8}举报[^，,；;。]{0,6}[，,]").unwrap()
});

/// What rules the serving staff out besides 其中 (StaffActual's exclusions).
/// A clause of those sent to compulsory rehab, ending on their number (强制隔离戒毒57人).
static DISPOSED_BEFORE: Re = Re::new(|| Regex::new(r"强制隔离戒毒\d+(人|名)$").unwrap());

static STAFF_NOT: Re =
    Re::new(|| Regex::new(r"离休|退休人员|编外|专干|社工|志愿者|吸毒|戒毒|社区|辅警|购买服务").unwrap());

static SUB_CASES: Re = Re::new(|| {
    // (cases solved with another's help — 大数据支撑破案82起, 协助外地破获 — are a part too, and
    // the cases of a kind named before them: 破获相关案件120余起, 此类案件, 该类刑事案件)
    Regex::new(r"(支撑|协助|助力)[^，,。；]{0,8}(破案|破获|侦破)|协破|(相关|此类|该类|这类|同类)(刑事)?案件|其中|贩卖毒品|贩毒|鸦片|海洛因|冰毒|大麻|氯胺酮|新型毒品|合成毒品|依托咪酯|麻精|零包|制毒|寄递|外流|部督|省督|公安部督办|目标案件|跨境|万克|千克以上|公斤以上|公斤级|千克级|大案|大要案|[一二三四五六七八九十两][类级]|种植|原植物|罂粟").unwrap()
});

/// A form's label cell and its bare value joined (人员编制：21, 实有人数：21): the label is
/// the figure's subject and its counter.
/// The label of the evaluation's total score, before a colon: 自评得分：, 总分：, 综合评分：.
static SCORE_LABEL: Re = Re::new(|| {
    Regex::new(r"(自评|评价|综合|绩效)(总?得分|总分|评分|分数)[：:｜]$|^(总分|总得分|自评分)[：:｜]$").unwrap()
});

/// (A row of such pairs parted by semicolons — 执行率：95.96%；自评得分：94 — is read pair by
/// pair: each its own cell.)
fn label_cell(s: &Sentence, n: &Num) -> bool {
    // (a label ends in a colon right before its value: most bare figures — years, numbers of
    // lists — have none, and the cell's bounds are not looked for)
    // (…or a full-width bar, a form's row of one label cell and its value: 自评得分｜96.2)
    if n.unit != Unit::None
        || n.qualifier != Qualifier::Exact
        || !s.text[..n.start].trim_end().ends_with(['：', ':', '｜'])
    {
        return false;
    }
    let a = after_last_semicolon(&s.text[..n.start]);
    let b = first_semicolon(&s.text[n.end..]).map_or(s.text.len(), |i| n.end + i);
    if s.nums.iter().filter(|m| m.start >= a && m.end <= b).count() != 1 {
        return false;
    }
    let label = s.text[a..n.start].trim();
    let Some(label) = label.strip_suffix('：').or_else(|| label.strip_suffix(':')).or_else(|| label.strip_suffix('｜'))
    else {
        return false;
    };
    s.text[n.end..b].trim().is_empty()
        && (2..=12).contains(&label.chars().count())
        && !label.chars().any(|c| c.is_ascii_digit() || matches!(c, '，' | '。' | '；'))
}

/// Where the last ；or ; in `t` ends (0 without one): found by its last byte (0x9B of ；)
/// with memchr, not by decoding every character before a figure.
fn after_last_semicolon(t: &str) -> usize {
    let b = t.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr2(b';', 0x9B, &b[..end]) {
        if b[i] == b';' || i >= 2 && b[i - 2] == 0xEF && b[i - 1] == 0xBC {
            return i + 1;
        }
        end = i;
    }
    0
}

/// Where the first ；or ; in `t` starts, as `t.find(['；', ';'])`, by memchr.
fn first_semicolon(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr2(b';', 0x9B, &b[from..]).map(|i| from + i) {
        if b[i] == b';' {
            return Some(i);
        }
        if i >= 2 && b[i - 2] == 0xEF && b[i - 1] == 0xBC {
            return Some(i - 2);
        }
        from = i + 1;
    }
    None
}

/// 从 / 由 right before a figure (从84人…, 由2018年的538人…, 由上年的920人…, 由去年同期的12起…).
static FROM_END: Re =
    // (the year may follow a few words naming the point: 从最高峰时期2015年的16万余起降至…; or the
    // words alone name it, with 的 and no year: 从最高峰时期的16万余起降至…, 由高峰期的980起…)
    Re::new(|| {
        Regex::new(
            r"[从由]\s*([^，,；;。\d从由]{0,8}?(20[0-4]\d\s*年(底|末)?的?|的)|(上年|去年|上年度|上一年|去年同期)的?)?\s*$",
        )
        .unwrap()
    });
/// …and a later level in the same clause (…减少到31人, …逐年上升至6828人, …降至5739人, …下降为28人,
/// …增长到现在的55%),
/// or in a clause of its own that is only the change's end (从最高峰时期的16万余起，降至2022年的3.5万起).
static TO_LATER: Re = Re::new(|| {
    Regex::new(
        r"^[^，,；;。]*?(?:[，,]\s*(?:逐年|逐步|持续|大幅|明显|进一步)?(?:下降|降低|减少|回落|上升|增加|提高|提升|增长|降|减|升|增)(?:至|到|为)|(至|到)|(下降|降低|减少|提高|提升|增加|增长|上升)为)\s*(20[0-4]\d\s*年(底|末)?的?|(今年|本年|年)(底|末)的?|(现在|目前|当前|如今|现今)的?)?\s*\d",
    )
    .unwrap()
});
/// A clause that is only a change's end (，降至2022年的▮, ，逐年减少到▮, ，下降为▮): its subject and
/// its start are the clause's before.
static CHANGE_END: Re = Re::new(|| {
    Regex::new(
        r"^\s*(?:逐年|逐步|持续|大幅|明显|进一步)?(?:下降|降低|减少|回落|上升|增加|提高|提升|增长|降|减|升|增)(?:至|到|为)\s*(?:20[0-4]\d\s*年(?:底|末)?的?|(?:现在|目前|当前|如今|现今)的?)?\s*$",
    )
    .unwrap()
});
fn change_end(clause: &str) -> bool {
    // (a first character of a change's verb before any search)
    clause.trim_start().starts_with(['逐', '持', '大', '明', '进', '下', '降', '减', '回', '上', '增', '提', '升'])
        && CHANGE_END.is_match(clause)
}
/// A change against a baseline closing a clause, its figure taken out (较上年减少, 比上年下降,
/// 同比增加, 与去年同期相比下降).
static COMPARED_TAIL: Re = Re::new(|| {
    Regex::new(
        r"(?:同比|环比|(?:较|比|与)(?:上年|去年|上一年|去年同期|上年同期|20[0-4]\d\s*年)(?:底|末|同期)?(?:相比)?)[，,]?\s*(?:下降|降低|减少|上升|增加|增长|提高|回落)[^，,；;。]{0,3}$",
    )
    .unwrap()
});
/// A comparison ending at the figure: 由上年的920人下降至▮, 由2018年的538人降至2020年的▮,
/// 从2019年的41人减少到▮, 由45人下降为▮, 由年初的872名下降至年底的▮ — or at now's level
/// (从2015年的14%增长到现在的▮, 由不足20%提升至目前的▮, 由年初的45人降至当前的▮).
static FROM_TO: Re = Re::new(|| {
    Regex::new(
        r"[由从][^由从]*?((下降|降低|减少|提高|提升|增加|增长|上升)?(至|到)|(下降|降低|减少|提高|提升|增加|增长|上升)为)\s*(20[0-4]\d\s*年(底|末)?的?|(今年|本年|年)(底|末)的?|(现在|目前|当前|如今|现今)的?)?\s*$",
    )
        .unwrap()
});

static GENERIC_CLAUSE: Re = Re::new(|| {
    // (the column's word alone: 实际值27人次, 实际完成值：98%, 全年完成值, 完成数, 实现值)
    // (…or only how few: 同比下降40%，仅为6人; 仅6人; 只有6人)
    Regex::new(r"^\s*(全年|今年|目前|截至目前|截至年底|实际|已|共|累计|仅|只)*(完成|达到|达|实现|为|计|合计|共计|有|完成值|检测|筛查|抽检|开展|组织|查处|查获|侦破|破获|抓获)*(值|数|情况)?\s*[：:]?\s*$").unwrap()
});
/// A clause of last year's value alone (上年为, 去年同期为, 上一年是): no figure of the year.
static LAST_YEARS_VALUE: Re =
    Re::new(|| Regex::new(r"^\s*(上年|去年|上一年|上年度)(同期|全年|末|底)?\s*(为|是|共|达)\s*$").unwrap());
/// 社区戒毒人员12名、社区康复人员19名，共计31名 (or 社区康复人员 first, 合计 / 总计 / 共): each
/// kind's persons, then both together — from the first kind (`other`: the second kind after it)
/// or from the last, after its 、.
static PARTS_THEN_TOTAL: Re = Re::new(|| {
    Regex::new(r"^[^，,；;。]*?(社区戒毒|社区康复)(人员)?\s*\d+\s*[名人]\s*(?P<other>[、和及，,]\s*(社区康复|社区戒毒)(人员)?\s*\d+\s*[名人]\s*)?[，,]\s*(共计|合计|总计|共)\s*\d+\s*[名人]")
        .unwrap()
});
/// The other kind of community measure's persons right after one kind's figure, no total
/// after them (、社区康复人员85人 after 社区戒毒人员120人): (the kind, its count).
static SECOND_KIND: Re = Re::new(|| {
    Regex::new(r"^\s*[、，,和及与]\s*(社区康复|社区戒毒)(?:人员)?\s*(\d+)\s*[名人](?:[^次\d，,；;。]{0,2}[。；;]|[，,](?:[^共合总]|$)|$)")
        .unwrap()
});
/// The two community measures: 社区戒毒人员41人、社区康复人员58人, in either order.
static COMMUNITY_KINDS: KindList = KindList {
    next: &SECOND_KIND,
    later: &FIRST_THEN_SECOND,
    gate: |t| t.contains("社区康复") && t.contains("社区戒毒"),
};
/// The words before the second kind's figure, from the first kind's (现有社区戒毒人员120人、社区康复
/// 人员 before 85人).
static FIRST_THEN_SECOND: Re = Re::new(|| {
    Regex::new(r"(?:社区戒毒(?:人员)?\s*\d+\s*[名人]\s*[、，,和及与]\s*社区康复|社区康复(?:人员)?\s*\d+\s*[名人]\s*[、，,和及与]\s*社区戒毒)(?:人员)?\s*$")
        .unwrap()
});
/// A clause of a result's words alone (实际完成, 达到, 完成值：, 实际为): no words of a field.
static RESULT_ONLY: Re = Re::new(|| {
    Regex::new(r"^\s*(目前|截至目前|现)?\s*((实际|已经?)(完成|达到|达|实现|为|完成值)*|(完成|达到|达|实现|为|完成值|实际值)+)\s*[：:]?\s*$")
        .unwrap()
});
/// The evaluation's own score by name (自评得分, 综合得分, 总分, 评价得分).
static NAMED_SCORE: Re = Re::new(|| Regex::new(r"(自评|评价|综合|总)得分|总分|自评分").unwrap());
/// A clause stating only an indicator's target, its figure taken out (年度指标值≥, 目标值：).
static TARGET_ONLY: Re = Re::new(|| {
    Regex::new(r"^\s*(年度|全年)?(指标值|目标值|目标|预期值|预期目标|预期|计划值|计划)\s*(为|是)?\s*[：:]?\s*[≥≤><=＞＜]*\s*(以上|以内|以下)?\s*[，,；;]?\s*$").unwrap()
});

/// A clause naming only the persons of the clause before (移送起诉案件35起，犯罪嫌疑人49人).
fn bare_object(clause: &str) -> bool {
    let t = clause.trim();
    let t = t.strip_prefix("涉毒").or_else(|| t.strip_prefix("毒品")).unwrap_or(t);
    let t = t.strip_prefix("违法").unwrap_or(t);
    let t = t.strip_prefix("犯罪").unwrap_or(t);
    t == "嫌疑人"
}

/// Words naming the persons a clause counts (…人员, 嫌疑人, 吸毒人数): such a clause is ruled out
/// by its own words alone, not by another count's clause before it (戒断巩固率…69%，现有吸毒人数
/// 下降至9275名: the register's own clause).
static POPULATION: Re = Re::new(|| {
    Regex::new(r"人员|驾驶员|学生|公职|干部|职工|嫌疑人|实有人数|在职人数|在编人数|吸毒人数|社区戒毒|社区康复|社戒社康")
        .unwrap()
});

/// A part of the year opening a clause (上半年, 下半年, 二季度, 7-12月), or a year (2022年度, 去年),
/// with a short subject before it (全县下半年) and a comma after.
static PART_LEAD: Re = Re::new(|| {
    Regex::new(r"^\s*[^，,；;。\d]{0,4}?(上半年|下半年|前三季度|第?[一二三四1-4]季度|20[0-4]\d\s*年度?|去年|上年|今年|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}\s*[至到]\s*[一二三四五六七八九十]{1,3}\s*月)\s*[，,]?\s*").unwrap()
});

/// The subject of the last clause of `before` (a paragraph's text up to a clause cut from its
/// sentence) that names one: its words without its figures and its own time (上半年，全县破获毒品
/// 刑事案件6起； → 全县破获毒品刑事案件). None when the clause names none.
/// (Clauses as bare as the one cut — 二季度4起，三季度5起 — are passed over, back to the sentence's
/// start.)
fn subject_before(before: &str) -> Option<String> {
    let mut t = before.trim_end_matches(['，', ',', '；', ';', ' ']);
    for _ in 0..12 {
        if t.is_empty() || t.ends_with('。') {
            return None;
        }
        let a = clause_start(t, &['，', ',', '；', ';', '。']);
        let clause = &t[a..];
        let nums = super::number::scan(clause);
        let mut out = String::new();
        let mut at = 0;
        for n in &nums {
            out.push_str(&clause[at..n.start]);
            at = n.end;
        }
        out.push_str(&clause[at..]);
        let out = PART_LEAD.find(&out).map_or(out.as_str(), |m| &out[m.end()..]).to_string();
        // (a clause of a part of the year alone — 三季度，— is passed over too; a clause of a topic
        // alone — 毒品刑事案件方面，— is the subject)
        if nums.is_empty() && !out.trim().is_empty() {
            return (out.chars().count() >= 4).then_some(out);
        }
        if !nums.is_empty() && !GENERIC_CLAUSE.is_match(&out) {
            return (out.chars().count() >= 4).then_some(out);
        }
        t = t[..a].trim_end_matches(['，', ',', '；', ';', ' ']);
    }
    None
}

/// The police's words of cases solved (not a court's or a procuracy's 办理, 办结).
static SOLVED: Re = Re::new(|| Regex::new(r"破获|侦破|查破|破案").unwrap());

fn names_population(clause: &str) -> bool {
    POPULATION.is_match(clause)
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;
    use crate::model::Field;

    proptest::proptest! {
        /// The cheap tests before the regexes: where a regex matches, a character of its gate
        /// stands; and the scope after the last of 至/到/为/达 is the scope after RESET's last match.
        #[test]
        fn gates_pass_every_match(parts in proptest::collection::vec(proptest::sample::select(vec![
            "增加", "减少", "增长", "下降", "降低", "提高", "上升", "提升", "缩减", "减", "了", " ", "百分点", "倍",
            "累计", "以来", "年来", "历年", "全年", "今年", "年度", "共计", "每", "人", "季度", "人均", "平均",
            "上年", "去年", "上一年", "同期", "较", "比", "占", "由", "至", "到", "为", "达到", "达", "达到到",
            "破获", "案件", "，", "35", "a", "😀", "年", "加", "均",
        ]), 0..12)) {
            let t: String = parts.concat();
            use super::*;
            for (re, set) in [(&CHANGE, &CHANGE_CHARS), (&CUMUL, &CUMUL_CHARS), (&YEAR_CUMUL, &CUMUL_CHARS), (&PER, &PER_CHARS), (&PRIOR, &PRIOR_CHARS)] {
                proptest::prop_assert!(!re.is_match(&t) || any_in(&t, set), "{:?}", t);
            }
            let want = RESET.find_iter(&t).last().map_or(0, |m| m.end());
            proptest::prop_assert_eq!(clause_start(&t, &['至', '到', '为', '达']), want, "{:?}", t);
        }

        /// The semicolons of a row of label：value cells are found by their bytes as `str::find`
        /// and `str::rfind` find them (丛 ends in the last byte of ；, 0x9B).
        #[test]
        fn semicolons_found_as_str_finds_them(parts in proptest::collection::vec(proptest::sample::select(vec![
            "；", ";", "丛", "a", "执行率", "：", "95", "中",
        ]), 0..10)) {
            let t: String = parts.concat();
            use super::*;
            let want = t.rfind(['；', ';']).map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
            proptest::prop_assert_eq!(after_last_semicolon(&t), want, "{:?}", t);
            proptest::prop_assert_eq!(first_semicolon(&t), t.find(['；', ';']), "{:?}", t);
        }
    }

    fn value(title: &str, text: &str, f: Field) -> Option<f64> {
        extract_text("t.txt", &format!("{title}\n{text}\n禁毒工作。\n")).first().and_then(|r| r.value(f))
    }

    /// The record's value of `f`, the check having noted no figure stated twice (X01).
    fn value_stated_once(title: &str, text: &str, f: Field) -> Option<f64> {
        let recs = extract_text("t.txt", &format!("{title}\n{text}\n"));
        assert!(recs[0].notes.iter().all(|n| n.code != crate::model::FindingCode::X01), "{text}: {:?}", recs[0].notes);
        recs[0].value(f)
    }

    /// Last year's rate in a clause of its own after the year's (管控率为97.2%，上年为96.1%) is the
    /// comparison's baseline: the year's rate stands, with no second value of it to note (X01).
    #[test]
    fn last_years_rate_beside_the_years_is_no_second_statement() {
        let t = "2024年度某区禁毒委员会办公室整体支出绩效自评报告";
        for (text, f, want) in [
            ("戒断三年未复吸率为69.9%，上年为69.6%。", Field::Abstinence3yRate, 69.9),
            ("社区戒毒社区康复人员管控率为97.2%，去年同期为96.1%。", Field::ControlRate, 97.2),
            ("吸毒人员复吸率4.2%，上年是5.1%。", Field::RelapseRate, 4.2),
        ] {
            assert_eq!(value_stated_once(t, text, f), Some(want), "{text}");
        }
    }

    /// 累计 alone is the period's running total; beside words of several years it spans them.
    #[test]
    fn a_running_total_is_the_years_unless_years_are_named() {
        let t = "某市2021年禁毒工作总结";
        for (text, f, want) in [
            (
                "全年破获毒品刑事案件106起。累计查获吸毒人员634人次，新发现吸毒人员441人。",
                Field::UsersCaught,
                Some(634.0),
            ),
            ("全县累计开展毛发检测1260人。", Field::HairTests, Some(1260.0)),
            ("年内累计收戒吸毒人员58名。", Field::CompulsoryRehab, Some(58.0)),
            ("全区累计开展禁毒宣传活动230场次。", Field::PublicityEvents, Some(230.0)),
            ("“十三五”以来，全县累计查获吸毒人员530人次。", Field::UsersCaught, None),
            ("2016年至2020年，全县累计侦破毒品刑事案件96起。", Field::CriminalCases, None),
            ("近五年，全市累计查处吸毒人员2100人次。", Field::UsersCaught, None),
            ("历年累计报到社区戒毒社区康复人员1020名。", Field::CommunityCases, None),
            ("建所以来累计收治强制隔离戒毒人员3000余名。", Field::CompulsoryRehab, None),
            // (一年来 before 累计 is the year under review, not several years)
            ("一年来，全县组织了禁毒知识竞赛。累计开展集中宣传活动110次。", Field::PublicityEvents, Some(110.0)),
            ("这一年来，全市累计查处吸毒人员215人次。", Field::UsersCaught, Some(215.0)),
            ("过去一年来，我们举办了禁毒晚会，累计开展禁毒宣传活动88场。", Field::PublicityEvents, Some(88.0)),
            // the count before the events' name, naming where they went
            ("今年以来，县禁毒大队先后开展12场次禁毒宣传进校园活动。", Field::PublicityEvents, Some(12.0)),
            ("一年来，县禁毒办开展了15次禁毒知识进社区宣传活动。", Field::PublicityEvents, Some(15.0)),
            ("全年组织9场毒品预防进农村教育活动，受教育群众5000余人。", Field::PublicityEvents, Some(9.0)),
            ("全年共举办6期青少年禁毒宣讲进校园活动。", Field::PublicityEvents, Some(6.0)),
            // …not a handout's or a training's count, nor one past a clause's end
            ("全年开展3次禁毒宣传资料发放活动。", Field::PublicityEvents, None),
            ("全年开展4期禁毒宣传培训活动。", Field::PublicityEvents, None),
            ("全年查处吸毒人员12人次，开展宣传进校园活动。", Field::PublicityEvents, None),
            ("十一年来，全县累计查获吸毒人员530人次。", Field::UsersCaught, None),
            ("一年多来，全区累计破获毒品刑事案件41起。", Field::CriminalCases, None),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// A county's bare level after a wider area's (全市…管控率达97.8%，原州区达99.2%) is the
    /// county's, read with the words of the clause before; the wider area's is none of its.
    #[test]
    fn a_countys_bare_level_after_the_citys() {
        for (t, text, f, want) in [
            (
                "原州区2022年度禁毒工作情况通报",
                "2022年，全市社区戒毒社区康复人员管控率达97.8%，原州区达99.2%。",
                Field::ControlRate,
                Some(99.2),
            ),
            (
                "临夏县禁毒委全体会议",
                "2023年全州共破获毒品案件217起，临夏县破获26起，抓获犯罪嫌疑人31名。",
                Field::CriminalCases,
                Some(26.0),
            ),
            (
                "宾县2023年禁毒工作总结",
                "全市查获吸毒人员386人次，宾县为32人次；宾县开展毛发检测120人。",
                Field::UsersCaught,
                Some(32.0),
            ),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// This year's part of a span's total, named after 其中 with no noun of its own (三年来共破获
    /// 毒品刑事案件56起，其中今年破获21起), is the year's count, no sub-count of the field.
    #[test]
    fn this_years_part_after_a_spans_total() {
        let t = "某县2023年禁毒工作总结";
        for (text, f, want) in [
            (
                "三年来，全县共破获毒品刑事案件56起，其中今年破获21起，抓获犯罪嫌疑人29名。",
                Field::CriminalCases,
                Some(21.0),
            ),
            ("2021年以来，全县累计查获吸毒人员118人次，其中今年查获42人次。", Field::UsersCaught, Some(42.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// All drug cases with fewer than half as many criminal suspects caught are mostly
    /// administrative: no criminal count; with as many suspects or more, they stand for it.
    #[test]
    fn all_drug_cases_beside_few_suspects() {
        let t = "某县2013年禁毒工作情况";
        for (text, want) in [
            ("行动中全县公安机关共破获涉毒案件49起，与去年同期相比上升68%，抓获毒品犯罪嫌疑人8人，查处吸毒人员40人。", None),
            ("全年共破获涉毒案件16起，抓获犯罪嫌疑人21名。", Some(16.0)),
            ("全年共破获涉毒案件16起。", Some(16.0)),
            // (criminal cases named as such stand, however few the suspects)
            ("全年破获毒品刑事案件12起，抓获犯罪嫌疑人5名。", Some(12.0)),
            // (…and so do drug crimes, 毒品犯罪案件, by their name)
            ("全州共破获毒品犯罪案件26起，抓获毒品犯罪嫌疑人9人。", Some(26.0)),
            // (the suspects are their total: a part of them after it is no fewer suspects)
            ("全市共破获涉毒案件14起，抓获犯罪嫌疑人16名（其中女性犯罪嫌疑人1名）。", Some(14.0)),
            ("全区侦破涉毒案件30起，抓获犯罪嫌疑人33人，其中外省籍犯罪嫌疑人4人。", Some(30.0)),
            ("全县共破获涉毒案件40起，抓获犯罪嫌疑人12人，其中女性犯罪嫌疑人2人。", None),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// All drug cases (涉毒案件: administrative ones too) are no criminal count when the
    /// criminal ones are stated; a criminal count alone among them is the field.
    #[test]
    fn criminal_cases_among_all_drug_cases() {
        let t = "某县2014年禁毒工作总结";
        for (text, want) in [
            ("全年侦破涉毒案件132起，其中破获涉毒刑事案件27起，查处涉毒行政案件105起。", Some(27.0)),
            ("共办理涉毒案件86件，其中刑事案件19件、治安案件67件。", Some(19.0)),
            ("全年破获毒品案件45起，其中毒品刑事案件12起。", Some(12.0)),
            ("全年侦破毒品刑事案件30起，其中贩卖毒品案件21起。", Some(30.0)),
            ("全年共破获涉毒案件16起。", Some(16.0)),
            ("全县破获毒品刑事案件9起，其中部督目标案件1起。", Some(9.0)),
            ("全市共破获各类毒品案件312起，其中刑事案件128起、行政案件184起。", Some(128.0)),
            // (毒品犯罪案件 among all drug cases, after 其中 and a comma)
            ("全市共破获毒品案件1638起，其中，毒品犯罪案件251起，毒品违法案件1387起。", Some(251.0)),
            ("全年查破毒品案件420起，其中毒品犯罪案件96起。", Some(96.0)),
            ("全县共侦破涉毒案件58起，其中，刑事案件21起。", Some(21.0)),
            ("全县公安机关共侦办毒品案件58起，其中刑事案件21起、行政案件37起。", Some(21.0)),
            ("全年查处涉毒案件64起，其中刑事案件18起。", Some(18.0)),
            // (…but the criminal part of one kind of case is a part of that kind: planting, dealing)
            ("禁种铲毒行动中，共查处非法种植罂粟案件12起，其中刑事案件3起，治安案件9起。", None),
            ("全年共破获非法种植毒品原植物案件24起，其中，刑事案件9起。", None),
            ("全县共破获贩毒案件30起，其中刑事案件22起。", None),
            ("全县共破获种植毒品原植物案件5起。", None),
            ("全年共破获毒品刑事案件46起，其中非法种植罂粟刑事案件2起。", Some(46.0)),
            // (the drug cases after 其中 among every crime a police bureau solved)
            (
                "全年共破获各类刑事案件1,236起，抓获犯罪嫌疑人1,587名。其中，破获毒品刑事案件47起，抓获毒品犯罪嫌疑人58名。",
                Some(47.0),
            ),
            ("共破毒品刑事案件165件。其中，“夏安”行动破毒品刑事案件82起。", Some(165.0)),
            // (…and in the same sentence: the crimes of every kind are no drug cases)
            ("全年共侦破各类刑事案件1,532起，其中毒品刑事案件46起；刑事拘留52人。", Some(46.0)),
            ("全年共侦破刑事案件1,532起，其中毒品刑事案件46起。", Some(46.0)),
            ("全年共侦破各类刑事案件1,532起，抓获犯罪嫌疑人1,610名。", None),
            // (the solved after the filed, with no noun of their own)
            ("全年共立毒品刑事案件15起，破13起。", Some(13.0)),
            ("立涉毒刑事案件22起，侦破19起，抓获犯罪嫌疑人25名。", Some(19.0)),
            ("全县毒品案件立案32起，破案28起。", Some(28.0)),
            ("立案侦查毒品案件12起。", None),
            // (cases received or filed before the solved: another count, in its own clause)
            ("全县公安机关受理毒品案件21起，破获毒品刑事案件13起。", Some(13.0)),
            ("全年受理涉毒案件46起，侦破毒品刑事案件17起，抓获犯罪嫌疑人23名。", Some(17.0)),
            ("共立案受理毒品刑事案件30起，已侦破26起。", Some(26.0)),
            ("全县公安机关受理并侦破毒品刑事案件64起。", Some(64.0)),
            ("全年受理和破获涉毒刑事案件22起。", Some(22.0)),
            ("2023年，全县受理毒品案件19起，全部侦破。", None),
            ("全市公安机关受理毒品违法犯罪案件133起，查破毒品刑事案件41起。", Some(41.0)),
            // (a court's or a procuracy's count after its 受理 is still none)
            ("县检察院受理审查起诉毒品案件18件，办结毒品案件15件。", None),
            ("法院受理毒品案件12件，审结10件。", None),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// A value of a list after 分别 is a year's only when the list has as many values as years
    /// listed before it, in order, and not across a sentence's end.
    #[test]
    fn a_years_value_in_a_list() {
        let at = |t: &str, v: &str| {
            let i = t.find(v).unwrap();
            let end = i + v.len();
            let own = &t[..i];
            let own = &own[own.rfind('，').map_or(0, |j| j + '，'.len_utf8())..];
            super::year_list(t, i, own, &t[end..]).map(|(_, y)| y)
        };
        let t = "2021年、2022年、2023年全县分别破获毒品刑事案件12起、15起、9起。";
        assert_eq!(at(t, "12"), Some((2021, 3)));
        assert_eq!(at(t, "15"), Some((2022, 3)));
        assert_eq!(at(t, "9起"), Some((2023, 3)));
        assert_eq!(at("2022、2023年，全市查获吸毒人员分别为56人次、48人次。", "48"), Some((2023, 2)));
        // (values and years not as many; years out of order; no 分别; a span is no list)
        assert_eq!(at("2021年、2022年、2023年全县分别破获毒品刑事案件12起、15起。", "15"), None);
        assert_eq!(at("2023年、2022年全县分别破获毒品刑事案件12起、15起。", "15"), Some((2022, 2)));
        assert_eq!(at("2021年、2023年、2022年全县分别破获毒品刑事案件12起、15起、9起。", "15"), None);
        assert_eq!(at("2022年、2023年全县破获毒品刑事案件12起、查获吸毒人员15人。", "15"), None);
        // (a span of years is listed too, each year in turn)
        assert_eq!(at("2021年至2023年，全县分别破获毒品刑事案件12起、15起、9起。", "9起"), Some((2023, 3)));
        assert_eq!(at("2021-2022年全县依次查获吸毒人员40人次、38人次。", "40"), Some((2021, 2)));
        assert_eq!(at("2021年至2023年全县分别破获毒品刑事案件12起、15起。", "15"), None);
    }

    /// Drug violations and crimes together (毒品违法犯罪案件: administrative cases too) are no
    /// count of criminal cases; the criminal ones named among them are.
    #[test]
    fn violations_and_crimes_together_are_no_criminal_count() {
        let t = "某省2019年禁毒工作情况";
        for (text, want) in [
            ("全年共查破毒品违法犯罪案件8120起，查获涉毒违法犯罪人员9300人。", None),
            ("全区共侦破涉毒违法犯罪案件1366起，缴获各类毒品85千克。", None),
            ("全市破获毒品违法犯罪案件640起，其中刑事案件211起。", Some(211.0)),
            ("全州共破获毒品刑事案件412起，查处毒品违法案件930起。", Some(412.0)),
            ("严厉打击毒品违法犯罪，全县破获毒品刑事案件37起。", Some(37.0)),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// A wider area's total before the unit's own share (全市…112起，其中我县破获28起) is not the
    /// unit's; the share is, with no noun of its own; a population of the area (本县籍) is no share.
    #[test]
    fn the_units_share_of_a_wider_total() {
        let t = "某县公安局2022年禁毒工作总结";
        for (text, field, want) in [
            ("全市共破获毒品刑事案件112起，其中我县破获28起。", Field::CriminalCases, Some(28.0)),
            ("全省侦破毒品刑事案件900起，其中本县侦破毒品刑事案件31起。", Field::CriminalCases, Some(31.0)),
            ("全州共查获吸毒人员640人次，其中我县查获83人次。", Field::UsersCaught, Some(83.0)),
            ("全市开展禁毒宣传活动300场次，其中我区开展42场次。", Field::PublicityEvents, Some(42.0)),
            ("全县查获吸毒人员96人，其中本县籍50人。", Field::UsersCaught, Some(96.0)),
            ("全县查获吸毒人员120人次，其中本县户籍人员70人次。", Field::UsersCaught, Some(120.0)),
            // (…the share of a figure after another clause of the wider area's: 全州…1,025起，缴获…)
            (
                "全州共破获毒品刑事案件1,025起，缴获毒品2.1吨，其中我县破获毒品刑事案件64起。",
                Field::CriminalCases,
                Some(64.0),
            ),
        ] {
            assert_eq!(value(t, text, field), want, "{text}");
        }
    }

    /// A county named after 其中 in its own text is the unit's share as 我县 is (全市…312起，其中汇川区
    /// 破获47起), and the clauses after it go on with it; in the city's own text the total is the
    /// city's.
    #[test]
    fn a_share_named_by_the_countys_name() {
        let text = "全市共破获毒品刑事案件312起，其中汇川区破获47起，刑事拘留52人。";
        for (title, field, want) in [
            ("汇川区禁毒委员会办公室2022年工作总结", Field::CriminalCases, Some(47.0)),
            ("汇川区禁毒委员会办公室2022年工作总结", Field::Detained, Some(52.0)),
            ("遵义市禁毒委员会办公室2022年工作总结", Field::CriminalCases, Some(312.0)),
        ] {
            assert_eq!(value(title, text, field), want, "{title}: {field:?}");
        }
        // (…the clauses after 其中我区's share go on with it, not with the city)
        let t = "某区禁毒办2022年工作总结";
        let text = "全市共破获毒品刑事案件312起，其中我区破获47起，刑事拘留52人。全区全年查处吸毒人员136人次。";
        assert_eq!(value(t, text, Field::Detained), Some(52.0));
    }

    /// A bound setting apart a class of counties, units or items is a rule for them, no figure
    /// of the text's own; a bound of the unit's own rate stays the bound it is.
    #[test]
    fn a_bound_setting_apart_a_class_is_no_figure() {
        let t = "某市禁毒委员会办公室关于2023年度禁毒专项资金绩效自评结果的通报";
        for text in [
            "请预算执行率低于90%的县（区）认真分析原因，抓好整改。",
            "复吸率高于10%的乡镇要逐一排查原因。",
            "毛发检测完成率低于80%的单位年底前补检。",
        ] {
            for f in [Field::ExecutionRateStated, Field::RelapseRate, Field::HairTestRate] {
                assert_eq!(value(t, text, f), None, "{text}");
            }
        }
        let own = "某县禁毒办2023年度项目支出绩效自评报告";
        assert_eq!(value(own, "全年复吸率低于10%，管控率98.2%。", Field::RelapseRate), Some(10.0));
    }

    /// In a city's text, a clause going on with one of its counties' (武陵区预算执行率98.2%，自评
    /// 得分96分) is that county's, whatever the text's kind; in the county's own text it is its own.
    #[test]
    fn a_clause_going_on_with_a_county_in_a_citys_text() {
        let text = "全市禁毒专项经费预算执行率为94.6%。从各地报送情况看，武陵区预算执行率98.2%，自评得分96分；鼎城区预算执行率95.6%，自评得分93.5分。";
        let city = "常德市禁毒委员会办公室关于2023年度禁毒专项经费绩效自评情况的通报";
        assert_eq!(value(city, text, Field::SelfScore), None);
        assert_eq!(value(city, text, Field::ExecutionRateStated), Some(94.6));
        let own = "武陵区禁毒办2023年度禁毒专项经费绩效自评报告";
        assert_eq!(value(own, "武陵区预算执行率98.2%，自评得分96分。", Field::SelfScore), Some(96.0));
    }

    /// 其中 standing alone after a clause holding no figure (一季度工作稳中有进，其中，…) opens the
    /// highlights of the work, not a part of a total: the figures after it are the period's own.
    /// After a clause holding a total it still opens that total's part.
    #[test]
    fn a_lone_qizhong_after_a_clause_of_no_figure_opens_highlights() {
        let t = "某镇禁毒工作情况";
        for (text, f, want) in [
            ("今年第一季度禁毒工作稳中有进，其中，查处吸毒人员6人次，完成率为37.5%。", Field::UsersCaught, Some(6.0)),
            (
                "上半年全镇禁毒工作取得新进展，其中，查获吸毒人员11人，新发现吸毒人员3人。",
                Field::UsersCaught,
                Some(11.0),
            ),
            ("前三季度各项工作有序推进，其中，强制隔离戒毒4人。", Field::CompulsoryRehab, Some(4.0)),
            // (after a total, 其中 still opens its part: the total is the count, not its part)
            ("全镇查处吸毒人员20人，其中，女性吸毒人员3人。", Field::UsersCaught, Some(20.0)),
            ("全市共破获毒品案件1638起，其中，毒品犯罪案件251起。", Field::CriminalCases, Some(251.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// An aside of the figure's parts after it (612人次（其中女性44人次）) names its parts, not
    /// the figure: the figure stays the field's.
    #[test]
    fn an_aside_of_parts_does_not_rule_the_figure_out() {
        let t = "某县2020年禁毒工作总结";
        for text in
            ["全县查处吸毒人员612人次（其中女性44人次）。", "全县查处吸毒人员612人次（其中外流贩毒人员44人次）。"]
        {
            assert_eq!(value(t, text, Field::UsersCaught), Some(612.0), "{text}");
        }
        // (…but words of the figure's own kind before it still do)
        assert_eq!(value(t, "全县查处外流贩毒人员44人次（其中女性4人次）。", Field::UsersCaught), None);
    }

    /// The drug users named among all drug offenders caught (涉毒违法犯罪人员…，其中查处吸毒人员…)
    /// are the users caught; a part of the users themselves (其中…女性吸毒人员) is not.
    #[test]
    fn users_among_all_drug_offenders() {
        let t = "某县公安局2022年禁毒工作总结";
        for (text, want) in [
            ("全年共查获涉毒违法犯罪人员148人次，其中查处吸毒人员96人次。", Some(96.0)),
            ("全县抓获涉毒人员60人，其中查获吸毒人员41人。", Some(41.0)),
            ("今年查处涉毒违法人员230名，其中查获吸毒违法人员175名。", Some(175.0)),
            ("全县查获吸毒人员200人次，其中查获女性吸毒人员20人次。", Some(200.0)),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// Cases solved with another's help (大数据支撑破案, 协助外地破获) are a part of the results,
    /// not the year's count.
    #[test]
    fn cases_solved_with_help_are_a_part() {
        let t = "某省2023年禁毒工作新闻发布会";
        for (text, want) in [
            ("依托毒情监测平台发现线索40条，支撑破案65起。", None),
            ("运用大数据支撑侦破毒品案件120起。", None),
            ("协助外省公安机关破获毒品刑事案件12起。", None),
            ("全年全省共破获毒品犯罪案件1400余起。", Some(1400.0)),
            ("发现涉毒线索31条，支撑破案44起。全年共侦破毒品刑事案件520起。", Some(520.0)),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// Persons of any drug offence (涉毒违法人员, 涉毒人员) yield to the drug users the text counts
    /// as such (查获吸毒人员); alone, they are the users caught.
    #[test]
    fn drug_users_named_so_beat_all_drug_offenders() {
        let t = "某省2013年禁毒工作情况";
        for (text, want) in [
            ("其中查获涉毒违法人员9100人，缴获各类毒品600千克，查获吸毒人员12300人次。", Some(12300.0)),
            ("全市查获涉毒人员860人，查处吸毒人员790人次。", Some(790.0)),
            ("全县共查获涉毒违法人员215名。", Some(215.0)),
            ("全年查处吸毒人员2040人次，查获涉毒人员2300人。", Some(2040.0)),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// The register of drug users in any wording (登记吸毒人员, 登记在册, 登记上网), never the
    /// newly registered.
    #[test]
    fn registered_users_in_any_wording_of_the_register() {
        let t = "某省2005年禁毒工作情况";
        for (text, want) in [
            ("目前全省登记吸毒人员有3万多名。", Some(30000.0)),
            ("全市登记在册吸毒人员6120人。", Some(6120.0)),
            ("全县累计登记吸毒人员1080名。", Some(1080.0)),
            ("截至10月底，全区登记上网吸毒人员2417人。", Some(2417.0)),
            ("今年全县新登记吸毒人员96名。", None),
            ("全县共有吸毒人员1264名，其中社区戒毒社区康复人员146名。", Some(1264.0)),
            ("截至年底，全区共有登记吸毒人员812人。", Some(812.0)),
            ("本次共有吸毒人员56人参加尿检。", None),
        ] {
            assert_eq!(value(t, text, Field::RegisteredUsers), want, "{text}");
        }
    }

    /// The area's whole group under community rehab counted beside its name, whatever is done
    /// for it next (尿检, 帮扶): the count of those under it; a part or a flow is not.
    #[test]
    fn community_cases_of_the_area_counted_beside_their_name() {
        let t = "某镇2023年禁毒工作总结";
        for (text, want) in [
            ("街道禁毒办联合派出所对辖区36名社戒社康人员开展尿检复查共计210人次。", Some(36.0)),
            ("对辖区社区戒毒社区康复人员5名开展尿检32人次，管控率100%。", Some(5.0)),
            ("对辖区9名社戒社康人员落实帮扶管控，管控率100%。", Some(9.0)),
            ("全镇12名社区戒毒社区康复人员全部签订协议。", Some(12.0)),
            // (a part of the group, a flow into it: not the group)
            ("对辖区社戒社康人员中的3名困难人员开展救助。", None),
            ("对辖区新接收的4名社戒社康人员开展入户走访。", None),
        ] {
            assert_eq!(value(t, text, Field::CommunityCases), want, "{text}");
        }
        // (the register's standing named first: 在册社区戒毒康复人员56名全部落实帮扶)
        let text = "全县在册社区戒毒康复人员56名全部落实帮扶措施。";
        assert_eq!(value(t, text, Field::CommunityCases), Some(56.0), "{text}");
        // (a form's indicator of the persons under control: 社区戒毒康复人员管控数 | 136人)
        let form =
            "某县2023年项目支出绩效自评表\n项目名称\t社区戒毒社区康复工作经费\n三级指标\t年度指标值\t实际完成值\n社区戒毒康复人员管控数\t≥120人\t136人\n";
        let got = extract_text("t.txt", form).first().and_then(|r| r.value(Field::CommunityCases));
        assert_eq!(got, Some(136.0));
        // (the register of users counted as the group assessed or managed)
        for (text, want) in [
            ("对在册吸毒人员1,386名开展风险评估，其中高风险12名。", Some(1386.0)),
            ("全县现有吸毒人员402名全部纳入网格化管理。", Some(402.0)),
            ("对新发现吸毒人员9名开展风险评估。", None),
            // (…and with the count before the persons)
            ("对全县在册的654名吸毒人员逐一落实管控措施。", Some(654.0)),
            ("全县现有的1,024名吸毒人员全部纳入网格化管理。", Some(1024.0)),
            ("对查获的12名吸毒人员依法处理。", None),
            ("对在册的654名吸毒人员开展毛发检测。", None),
        ] {
            assert_eq!(value(t, text, Field::RegisteredUsers), want, "{text}");
        }
        // (the persons counted before the verb are not the tests)
        let text = "对辖区社区戒毒社区康复人员5名开展尿检32人次。";
        assert_eq!(value(t, text, Field::UrineTests), Some(32.0), "{text}");
    }

    /// Urine tests counted before the test's verb (对吸毒人员96人次进行尿检复查) as after it.
    #[test]
    fn urine_tests_counted_before_the_verb() {
        let t = "某县2023年禁毒工作总结";
        for (text, want) in [
            ("全年对吸毒人员96人次进行尿检复查。", Some(96.0)),
            ("组织社区戒毒人员1,020人次开展尿液检测。", Some(1020.0)),
            ("全年开展尿检1,346人次。", Some(1346.0)),
        ] {
            assert_eq!(value(t, text, Field::UrineTests), want, "{text}");
        }
    }

    /// A rate naming the money it is of (预算执行率, 资金执行率) after a list of the spending's
    /// parts by what they paid for: the budget's rate, though a part's name (社戒社康工作经费)
    /// stands in the clause before it; a bare 执行率 there, or a rate of orders carried out
    /// (社区戒毒社区康复执行率), is none.
    #[test]
    fn a_budgets_rate_after_a_part_paid_for_community_rehab() {
        let t = "某县禁毒委员会办公室2023年度禁毒专项经费绩效自评报告";
        for (text, want) in [
            ("全年实际支出76.4万元，其中禁毒宣传经费19.6万元，毛发检测经费28.8万元，社戒社康工作经费28万元，预算执行率95.5%。", Some(95.5)),
            ("全年支出禁毒经费76.4万元，其中社区戒毒社区康复工作经费28万元，资金执行率95.5%。", Some(95.5)),
            ("全年实际支出76.4万元，其中社戒社康经费28万元，执行率95.5%。", None),
            ("全县在册社区戒毒社区康复人员45名，社区戒毒社区康复执行率98%。", None),
            // (the orders' rates: 报到率 beside a bare 执行率)
            ("截至12月底，全县在册社区戒毒社区康复人员87名，其中社区戒毒人员56名、社区康复人员31名，报到率100%，执行率98.6%。", None),
            ("本季度见面率100%，执行率97%。", None),
        ] {
            assert_eq!(value(t, text, Field::ExecutionRateStated), want, "{text}");
        }
    }

    /// The share after the count of persons three years clean in a clause of its own opening on
    /// 占 (其中戒断三年未复吸287人，占63.5%; 占在册人数的63.5%); a share of a wider area (占全市的
    /// 12%) is none.
    #[test]
    fn the_share_of_three_years_clean_after_zhan() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("全县登记在册吸毒人员452人，其中戒断三年未复吸287人，占63.5%。", Some(63.5)),
            ("戒断三年未复吸人员287人，占在册人数的63.5%。", Some(63.5)),
            ("全县登记在册吸毒人员452人，占全市的12%，其中戒断三年未复吸287人。", None),
        ] {
            assert_eq!(value(t, text, Field::Abstinence3yRate), want, "{text}");
        }
    }

    /// A clause saying only how few (仅为6人, 仅6人, 只有6人) after a clause of its subject and its
    /// change (新发现吸毒人员同比下降40%): the subject's level; a share after 仅占 is none.
    #[test]
    fn a_level_said_as_only_so_many_after_its_change() {
        let t = "某县禁毒委员会办公室2023年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("全年新发现吸毒人员同比下降40%，仅为6人。", Some(6.0)),
            ("全年新发现吸毒人员较上年减少4人，仅6人。", Some(6.0)),
            ("全年新发现吸毒人员同比下降40%，只有6人。", Some(6.0)),
            ("全年新发现吸毒人员同比下降40%，仅占全市的5%。", None),
        ] {
            assert_eq!(value(t, text, Field::NewUsers), want, "{text}");
        }
    }

    /// A clause of the rate alone after the sum spent, named by the money's use (使用率, 支出完成率,
    /// 支付进度): the execution rate; a use rate of something else (场地使用率) or with no sum
    /// spent in the sentence is none.
    #[test]
    fn the_execution_rate_as_the_moneys_use_after_the_sum_spent() {
        let t = "某县禁毒委员会办公室2023年度禁毒专项经费项目支出绩效自评报告";
        for (text, want) in [
            ("全年预算安排禁毒经费40万元，实际到位资金40万元，到位率100%，实际使用38.6万元，使用率96.5%。", Some(96.5)),
            ("年度预算40万元，完成支出38.6万元，支出完成率96.5%。", Some(96.5)),
            ("截至12月31日，项目资金支付38.6万元，支付进度96.5%。", Some(96.5)),
            ("禁毒教育基地全年接待参观1.2万人次，场地使用率96.5%。", None),
            ("到位率100%，使用率96.5%。", None),
        ] {
            assert_eq!(value(t, text, Field::ExecutionRateStated), want, "{text}");
        }
    }

    /// The execution rate as the quotient written out (执行数/预算数=96.2%, 实际支出/预算数×100%=
    /// 96.2%, 决算数与预算数之比为96.2%): the share of the budget spent; a quotient of other
    /// things (尿检人次/在册人数) is none.
    #[test]
    fn the_execution_rate_as_a_quotient_written_out() {
        let t = "某县禁毒委员会办公室2023年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("全年预算数45万元，执行数43.29万元，执行数/预算数=96.2%。", Some(96.2)),
            ("实际支出/预算数×100%=96.2%。", Some(96.2)),
            ("资金使用情况：实际支出43.29万元/预算45万元=96.2%。", Some(96.2)),
            ("决算数与预算数之比为96.2%。", Some(96.2)),
            ("尿检人次/在册人数=96.2%。", None),
        ] {
            assert_eq!(value(t, text, Field::ExecutionRateStated), want, "{text}");
        }
    }

    /// The execution rate in the words of the whole spending's share of the budget (决算数占预算数
    /// 的, 占全年预算的, 资金支出率); a part's share of the budget is no execution rate.
    #[test]
    fn the_execution_rate_as_the_spendings_share_of_the_budget() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("本部门预算数386.52万元，决算数375.08万元，决算数占预算数的97.04%。", Some(97.04)),
            ("全年完成支出375.08万元，占全年预算的97.04%。", Some(97.04)),
            ("项目资金总额50万元，共支付48.6万元，资金支出率97.2%。", Some(97.2)),
            ("全年实际支出168.2万元，支出数占调整后预算的96.5%。", Some(96.5)),
            ("项目预算资金15万元，截至2023年12月31日已支付14.7万元，支付率98%。", Some(98.0)),
            ("项目资金15万元，已支付14.7万元，资金支付率为98%。", Some(98.0)),
            ("人员经费262.3万元，占全年预算的67.9%。", None),
            ("项目支出76.48万元，占年度预算的19.8%。", None),
            ("全年支出375.08万元，其中基本支出298.6万元，占预算的77.3%。", None),
        ] {
            assert_eq!(value(t, text, Field::ExecutionRateStated), want, "{text}");
        }
    }

    /// Users caught are persons: 查处涉毒行政案件105起 counts cases.
    #[test]
    fn users_caught_are_persons() {
        let t = "某县2014年禁毒工作总结";
        for (text, want) in [
            ("查处涉毒行政案件105起，行政处罚110人。", None),
            ("查处吸毒人员61人，强制隔离戒毒32人。", Some(61.0)),
            ("查获涉毒违法案件40起。", None),
            ("全年查获吸毒人员148人次。", Some(148.0)),
            // (the users among the drug offenders counted before them, with no verb of their own)
            ("全年查处各类涉毒违法犯罪人员128人次，其中吸毒人员96人次。", Some(96.0)),
            ("全年查获涉毒人员85名，其中吸毒人员62名、贩毒人员23名。", Some(62.0)),
            // (…but not the new ones among the users caught)
            ("全年查获吸毒人员61名，其中新发现吸毒人员9名。", Some(61.0)),
            ("共查处吸毒违法行为人57名。", Some(57.0)),
            // traffickers counted with users, and persons caught abroad, are no users caught here
            ("全年抓获贩吸毒人员215人，缴获毒品3.2千克。", None),
            ("联合边境扫毒12次，在境外抓获吸毒人员46名。", None),
            ("共查获吸贩毒人员88名。", None),
            ("全县查处吸毒人员96人，在境外协查1人。", Some(96.0)),
            // (打击处理: dealt with, as 查处)
            ("全年打击处理吸毒人员123名。", Some(123.0)),
            ("依法打击处理吸毒违法人员45人。", Some(45.0)),
            ("打击处理涉毒犯罪嫌疑人30名。", None),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// 去年 opening the sentence of a page dated early the next year, or whose title names that
    /// year, is the record's own year; in a page of this year's results it is another year's.
    #[test]
    fn last_year_as_the_sentences_time() {
        for (text, want) in [
            ("辽宁禁毒\nhttp://www.sina.com.cn 2006年02月24日11:52 中国广播网\n\n据新闻发布会透露，去年辽宁省共破获毒品犯罪案件1372起，查处毒品违法案件2432起。\n", Some(1372.0)),
            ("某县禁毒工作\n发布时间：2017-01-05\n去年全县共破获毒品刑事案件31起。\n", Some(31.0)),
            ("某县禁毒工作\n发布时间：2017-02-10\n去年，全县侦破毒品刑事案件12起。\n", Some(12.0)),
            // a page of this year's results: last year's figure is no value of the record
            ("某县禁毒工作\n发布时间：2017-07-05\n今年以来，全县破获毒品刑事案件9起。去年全县共破获毒品刑事案件31起。\n", Some(9.0)),
            ("某县禁毒工作\n发布时间：2017-07-05\n今年以来，全县查处吸毒人员40人。去年同期破获毒品刑事案件8起。\n", None),
        ] {
            let recs = extract_text("t.txt", text);
            assert_eq!(recs.first().and_then(|r| r.value(Field::CriminalCases)), want, "{text}");
        }
    }

    /// The cases of a kind the text named before them (破获相关案件, 此类案件, 该类刑事案件) are a
    /// part of all cases; 相关部门 as the subject is not.
    #[test]
    fn cases_of_a_kind_named_before_are_a_part() {
        let t = "某市2021年禁毒工作总结";
        for (text, want) in [
            ("特别是整类列管合成大麻素后，全市破获相关案件120余起。", None),
            ("全县开展打击“笑气”滥用整治，共破获此类案件6起。", None),
            ("针对寄递渠道贩毒问题，全市破获该类刑事案件12起。", None),
            ("相关部门配合公安机关，全市破获毒品刑事案件45起。", Some(45.0)),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// Big cases by their seizure (公斤级以上毒品大案, 千克级案件, 大要案件) are a part of all cases.
    #[test]
    fn big_cases_are_a_part() {
        let t = "某省2017年禁毒工作通报";
        for (text, want) in [
            ("期间，全省连续破获公斤级以上毒品大案30多起。", None),
            ("全市共侦破千克级毒品案件8起。", None),
            ("全年破获毒品大要案件15起，打掉贩毒团伙4个。", None),
            ("全区破获公斤以上毒品案件6起。", None),
            ("全县共破获毒品刑事案件52起，缴获毒品3.2公斤。", Some(52.0)),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// 起诉 as one stage in a list of the suspects arrested (其中逮捕…、起诉…名) is the prosecuted
    /// count; arrests and 逮捕 stay no field, and 不起诉 or cases (件) are none.
    #[test]
    fn prosecution_listed_after_arrests() {
        let t = "某省2019年禁毒工作通报";
        for (text, want) in [
            ("全省共抓获毒品犯罪嫌疑人2400名，其中逮捕1800名、起诉1650名。", Some(1650.0)),
            ("全市抓获涉毒犯罪嫌疑人320人，批捕260人、起诉241人。", Some(241.0)),
            ("全县共抓获犯罪嫌疑人96人，其中起诉88人，判处74人。", Some(88.0)),
            ("全州检察机关批准逮捕毒品犯罪嫌疑人510人、起诉487人。", Some(487.0)),
            ("全县抓获毒品犯罪嫌疑人60名，其中逮捕45名、不起诉3名。", None),
            ("全市检察机关批捕毒品犯罪案件130件、起诉毒品犯罪案件118件。", None),
            ("全县共抓获毒品犯罪嫌疑人120名，其中逮捕80名。", None),
            // (the stages abbreviated: 诉 alone, after 捕)
            ("全年破获毒品刑事案件25起，刑拘35人，捕21人，诉19人。", Some(19.0)),
            ("抓获犯罪嫌疑人40名，捕32人、诉30人。", Some(30.0)),
            ("全年打掉涉毒团伙3个，诉讼案件12人。", None),
        ] {
            assert_eq!(value(t, text, Field::Prosecuted), want, "{text}");
        }
    }

    /// A change from one level to another (从84人减少到31人, 由上年的920人下降至856人) gives the
    /// level it reaches, never the one it starts from.
    #[test]
    fn a_change_gives_the_level_it_reaches() {
        let t = "某县2020年禁毒工作总结";
        for (text, f, want) in [
            ("全县新发现吸毒人员从84人减少到31人。", Field::NewUsers, Some(31.0)),
            ("起诉毒品犯罪嫌疑人数从32人逐年上升至68人。", Field::Prosecuted, Some(68.0)),
            ("全县查处吸毒人员由上年的120人下降至96人。", Field::UsersCaught, Some(96.0)),
            ("新滋生吸毒人员由2018年的538人降至178人。", Field::NewUsers, Some(178.0)),
            ("社区戒毒社区康复管控率从85%提高到97.5%。", Field::ControlRate, Some(97.5)),
            ("全县查处吸毒人员120人，从严落实管控措施。", Field::UsersCaught, Some(120.0)),
            ("吸毒人员复吸率由上年的6.1%降至4.8%。", Field::RelapseRate, Some(4.8)),
            ("全区现有吸毒人员由1059人减少到862人，下降18.6%。", Field::RegisteredUsers, Some(862.0)),
            ("破获毒品刑事案件由去年同期的12起上升到19起。", Field::CriminalCases, Some(19.0)),
            ("新发现吸毒人员由2019年底的45人下降为28人。", Field::NewUsers, Some(28.0)),
            // (the change first, against last year, then the level it reaches)
            ("全县现有吸毒人员较上年减少37名，降至409名。", Field::RegisteredUsers, Some(409.0)),
            ("全县在册吸毒人员比上年下降12.5%，降至1,046名。", Field::RegisteredUsers, Some(1046.0)),
            ("新发现吸毒人员较上年减少8名，下降至23名。", Field::NewUsers, Some(23.0)),
            ("查处吸毒人员同比增加6人次，上升到58人次。", Field::UsersCaught, Some(58.0)),
            ("全县查获吸毒人员41人次，比上年减少12人次。", Field::UsersCaught, Some(41.0)),
            ("全县现有吸毒人员比上年末减少35名，为412名。", Field::RegisteredUsers, Some(412.0)),
            ("全年查获吸毒人员较上年下降21.4%，共22人次。", Field::UsersCaught, Some(22.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// A change that ends at now's level (从2015年的14%增长到现在的55%, 由年初的88%提升至目前的
    /// 97.5%) gives that level, as one ending at a year's does, never the level it starts from.
    #[test]
    fn a_change_to_nows_level_gives_that_level() {
        let t = "某县2019年禁毒工作情况";
        for (text, f, want) in [
            ("全县戒断三年未复吸巩固率从2016年的21%提高到现在的58%。", Field::Abstinence3yRate, Some(58.0)),
            ("全旗社区戒毒社区康复管控率由年初的88%提升至目前的97.5%。", Field::ControlRate, Some(97.5)),
            ("全区吸毒人员复吸率从2017年的9.6%降至如今的6.1%。", Field::RelapseRate, Some(6.1)),
            ("该乡吸毒人员戒断三年巩固率从2015年的14%增长到现在的55%。", Field::Abstinence3yRate, Some(55.0)),
            ("全市现有吸毒人员由2017年的410名下降到当前的236名。", Field::RegisteredUsers, Some(236.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// The register named by the users' count in its own clause (现有吸毒人数9275名) is the
    /// register, whatever the clause before counts (the abstinent's rate or count): only its own
    /// words can rule it out — the abstinent compared with the register (戒断三年未复吸人数首次超过
    /// 现有吸毒人数，达4.2万人) still are not it.
    #[test]
    fn the_register_by_the_users_count_in_its_own_clause() {
        let t = "某自治区2019年禁毒工作综述";
        for (text, want) in [
            ("截至目前，戒断巩固率由不足20%提升至69%，现有吸毒人数下降至9275名。", Some(9275.0)),
            ("全州戒断三年未复吸人员达3,460名，在册吸毒人数为1,812名。", Some(1812.0)),
            ("全市戒断三年未复吸率为52.3%，登记在册吸毒人数降至2,104人。", Some(2104.0)),
            ("戒断三年未复吸人数首次超过现有吸毒人数，达4.2万人。", None),
        ] {
            assert_eq!(value(t, text, Field::RegisteredUsers), want, "{text}");
        }
    }

    /// The users caught right after the users' register, the noun left to the register's clause
    /// (登记在册吸毒人员412人，今年已查获37人): the users the verb goes on with. A bare 抓获, a
    /// verb with its own object, or no register before it, is no such count.
    #[test]
    fn users_caught_after_the_register_with_the_noun_left_to_it() {
        let t = "某区2016年禁毒工作情况";
        for (text, want) in [
            ("目前，全区登记在册的吸毒人数达1,288人，今年已查获131人，强制隔离戒毒32人。", Some(131.0)),
            ("全县登记在册吸毒人员412人，今年已查获37人，强制隔离戒毒9人。", Some(37.0)),
            ("全市现有吸毒人员1,208名，全年共查处96人次。", Some(96.0)),
            ("截至目前，全旗实有吸毒人员86人，年内查获11人。", Some(11.0)),
            ("全县登记在册吸毒人员412人，今年已抓获37人。", None),
            ("全县登记在册吸毒人员412人，今年已查获犯罪嫌疑人37人。", None),
            ("全县破获毒品刑事案件12起，查获23人。", None),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// Persons three years abstinent (戒断三年未复吸人数) compared with the current users are not
    /// the registered users.
    #[test]
    fn the_abstinent_are_not_the_registered() {
        let t = "某省2020年禁毒工作综述";
        for (text, want) in [
            ("戒断三年未复吸人数首次超过现有吸毒人数，达4.2万人。", None),
            ("全省现有吸毒人员3.1万名，戒断三年未复吸人员4.2万名。", Some(31000.0)),
            ("截至年底，全县在册吸毒人员862人。", Some(862.0)),
        ] {
            assert_eq!(value(t, text, Field::RegisteredUsers), want, "{text}");
        }
    }

    /// An inspection's random sample hair-tested (检查组随机抽取9名…进行毛发检测) is not the unit's
    /// count of hair tests.
    #[test]
    fn an_inspections_sample_is_no_hair_test_count() {
        let t = "某县2020年禁毒工作总结";
        for (text, want) in [
            ("检查组查阅台账，并随机抽取9名社戒社康人员进行毛发检测，9名社戒社康人员的毛发检测均呈阴性。", None),
            ("督导组对12名社区戒毒人员开展毛发检测。", None),
            ("全年对社戒社康人员开展毛发检测326人次。", Some(326.0)),
            ("全县完成毛发抽检120人。", Some(120.0)),
            // (another test's result or other groups in the clause before: the hair tests named
            // in their own clause stand)
            ("全年累计开展尿检1,026人次，检测结果均为阴性；组织毛发检测420人次，发现阳性2名。", Some(420.0)),
            ("对吸毒人员、重点行业从业人员开展毛发检测工作，第一季度毛发检测98人次。", Some(98.0)),
            // (…but the sample's own clause is still the sample's)
            ("检查组随机抽取9名社戒社康人员，9名人员毛发检测均呈阴性。", None),
        ] {
            assert_eq!(value(t, text, Field::HairTests), want, "{text}");
        }
    }

    /// The persons tested after those due (毛发检测，应检458人，实检451人) are the count of hair
    /// tests, with no noun of their own; the due are a target.
    #[test]
    fn hair_tested_after_those_due() {
        let t = "某县2023年禁毒工作总结";
        for (text, want) in [
            (
                "县禁毒办组织对全县在册吸毒人员开展毛发检测，应检458人，实检451人，检测率98.5%，发现阳性2人。",
                Some(451.0),
            ),
            ("对社戒社康人员开展毛发检测，应检86人，实检84人。", Some(84.0)),
            ("全年组织社戒社康人员毛发检测，应检人数120人，实检人数117人，检出阳性1人。", Some(117.0)),
            ("开展尿检，应检300人，实检296人。", None),
        ] {
            assert_eq!(value(t, text, Field::HairTests), want, "{text}");
        }
    }

    /// The drug users named first among the groups hair-tested (对N名吸毒人员、M名驾驶员…进行毛发
    /// 检测) are the count of hair tests; other groups alone are not.
    #[test]
    fn users_hair_tested_before_other_groups() {
        let t = "某区2023年禁毒工作总结";
        for (text, want) in [
            (
                "先后对860名社会面吸毒人员、120名货车驾驶员和40名娱乐场所从业人员进行了毛发检测，结果均为阴性。",
                Some(860.0),
            ),
            ("全县对312名社戒社康人员开展了本年度第二轮毛发检测。", Some(312.0)),
            ("对45名在册吸毒人员和30名重点行业从业人员实施毛发检测。", Some(45.0)),
            ("对120名客运驾驶员、35名娱乐场所从业人员进行毛发检测。", None),
            ("考核组对15名社区康复人员进行毛发检测。", None),
        ] {
            assert_eq!(value(t, text, Field::HairTests), want, "{text}");
        }
    }

    /// Times the unit's staff took part in others' publicity (参加…宣传活动37次) are no publicity
    /// events held; the events it held are.
    #[test]
    fn taking_part_is_no_publicity_event() {
        let t = "某镇2019年禁毒工作总结";
        for (text, want) in [
            ("党政班子成员均积极参加禁毒示范创建宣传活动累计37次。", None),
            ("镇领导出席全区禁毒宣传活动5次。", None),
            ("机关干部参与禁毒宣传活动12场次。", None),
            ("全镇开展禁毒宣传活动26场次。", Some(26.0)),
            ("组织禁毒志愿者开展进村入户宣传活动18次。", Some(18.0)),
        ] {
            assert_eq!(value(t, text, Field::PublicityEvents), want, "{text}");
        }
    }

    /// An item of a list parted by 、 (刑事拘留19人、移送起诉17人) is read with its own words
    /// alone, also when a parenthesis stands earlier in the sentence (全县（含开发区）…).
    #[test]
    fn a_list_item_after_a_parenthesis_is_its_own_clause() {
        let t = "某县2022年禁毒工作总结";
        for (text, f, want) in [
            ("2022年，全县（含开发区）刑事拘留19人、移送起诉17人。", Field::Prosecuted, Some(17.0)),
            ("2022年，全县（含开发区）刑事拘留19人、移送起诉17人。", Field::Detained, Some(19.0)),
            (
                "盐亭县年鉴（2023）2022年，抓获犯罪嫌疑人21人，其中刑事拘留19人、移送起诉17人。",
                Field::Prosecuted,
                Some(17.0),
            ),
            ("2022年，全县（含开发区）查获吸毒人员45人、强制隔离戒毒20人。", Field::CompulsoryRehab, Some(20.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// A list of labels and then of their values after 分别 pairs them in order; labels that do
    /// not pair up with the values (查获、新发现…: 查获 names no field) give nothing wrong.
    #[test]
    fn a_list_of_fields_pairs_labels_and_values() {
        let t = |body: &str| format!("某县2022年禁毒工作总结\n{body}\n");
        for (body, f, want) in [
            (
                "全县破获毒品刑事案件、抓获犯罪嫌疑人、查获吸毒人员分别为14起、19名、52人次。",
                Field::CriminalCases,
                Some(14.0),
            ),
            (
                "全县破获毒品刑事案件、抓获犯罪嫌疑人、查获吸毒人员分别为14起、19名、52人次。",
                Field::UsersCaught,
                Some(52.0),
            ),
            (
                "全年侦破毒品刑事案件、查获吸毒人员和强制隔离戒毒分别为9起、33人次和12人，同比分别下降10%、5%和8%。",
                Field::CompulsoryRehab,
                Some(12.0),
            ),
            (
                "全年侦破毒品刑事案件、查获吸毒人员和强制隔离戒毒分别为9起、33人次和12人，同比分别下降10%、5%和8%。",
                Field::UsersCaught,
                Some(33.0),
            ),
            ("全县在册吸毒人员、社区戒毒社区康复人员分别为678名、143名。", Field::RegisteredUsers, Some(678.0)),
            ("全县在册吸毒人员、社区戒毒社区康复人员分别为678名、143名。", Field::CommunityCases, Some(143.0)),
            // (a thousands separator in an earlier value parts no clause)
            ("全县在册吸毒人员、社区戒毒社区康复人员分别为1,682名、209名。", Field::CommunityCases, Some(209.0)),
            ("新发现吸毒人员、强制隔离戒毒人数分别是6人和15人。", Field::NewUsers, Some(6.0)),
            ("新发现吸毒人员、强制隔离戒毒人数分别是6人和15人。", Field::CompulsoryRehab, Some(15.0)),
            // (three labels, two values: no pairing, and no label's figure is another's)
            ("新发现吸毒人员、强制隔离戒毒人数、社区戒毒人数分别是6人和15人。", Field::CommunityCases, None),
            // (the changes after 同比分别 are no values)
            ("查获吸毒人员52人次，破获案件、抓获嫌疑人同比分别上升16.7%、5.6%。", Field::UsersCaught, Some(52.0)),
        ] {
            let got = super::super::scan::facts_of(&t(body), crate::model::Kind::Summary)
                .into_iter()
                .find(|(g, _)| *g == f)
                .map(|(_, v)| v);
            assert_eq!(got, want, "{body} {f:?}");
        }
    }

    /// A series over the years a summary spans (2017—2019年…依次为325人、173人、155人): its last
    /// value is the last year's, the record's when the span ends at it (not a later year's
    /// text looking back); a list of two fields' values is no series.
    #[test]
    fn a_series_over_the_years_ends_at_the_last() {
        for (text, f, want) in [
            (
                "某县2021年禁毒工作总结\n2019—2021年，全县新发现吸毒人员依次为88人、61人、40人，强制隔离戒毒人数分别为52人、47人、30人。\n",
                Field::NewUsers,
                Some(40.0),
            ),
            (
                "某县2021年禁毒工作总结\n2019—2021年，全县新发现吸毒人员依次为88人、61人、40人，强制隔离戒毒人数分别为52人、47人、30人。\n",
                Field::CompulsoryRehab,
                Some(30.0),
            ),
            (
                "某区2022年禁毒工作报告\n回顾某区2018至2020年的禁毒工作，查处吸毒人员数依次为210人次、180人次、152人次。\n",
                Field::UsersCaught,
                None,
            ),
            // (a list of two fields' values is no series: each value is its own label's)
            ("某县2021年禁毒工作总结\n全县查获吸毒人员、新发现吸毒人员分别为320人、120人。\n", Field::NewUsers, Some(120.0)),
            ("某县2021年禁毒工作总结\n全县查获吸毒人员、新发现吸毒人员分别为320人、120人。\n", Field::UsersCaught, Some(320.0)),
        ] {
            let got = super::super::scan::facts_of(text, crate::model::Kind::Summary)
                .into_iter()
                .find(|(g, _)| *g == f)
                .map(|(_, v)| v);
            assert_eq!(got, want, "{text}");
        }
    }

    /// The level a change starts from is no value even when words name its point before its
    /// year (从最高峰时期2015年的16万余起降至2022年的3.5万起) or instead of one (从最高峰时期的…).
    #[test]
    fn a_changes_start_named_by_its_peak() {
        let t = "某省2022年禁毒工作总结";
        for (text, want) in [
            ("全省破获毒品刑事案件已从最高峰时期2015年的1600余起降至2022年的350起。", Some(350.0)),
            ("全省破获毒品刑事案件由高峰期2014年的980起下降到2022年的210起。", Some(210.0)),
            ("全省破获毒品刑事案件从2015年的1600起降至2022年的350起。", Some(350.0)),
            // the point named by words alone, no year (a national review's style; a city's; a county's)
            ("全省破获毒品犯罪案件已从最高峰时期的1.6万余起降至2022年的3500起。", Some(3500.0)),
            ("全市破获毒品刑事案件由高峰期的980起下降到2022年的210起。", Some(210.0)),
            ("全县破获毒品刑事案件由峰值时的124起逐年减少到2022年的37起。", Some(37.0)),
            ("全州侦破毒品刑事案件从历史最高时的2300余起下降至2022年的640起。", Some(640.0)),
            // …and the change's end in a clause of its own
            ("全国破获毒品犯罪案件已从最高峰时期的16万余起，降至2022年的3.5万起。", Some(35000.0)),
            ("全市侦破毒品刑事案件由2016年的152起，下降至2022年的43起。", Some(43.0)),
            ("全县破获毒品刑事案件从高峰期的96起，逐年减少到2022年的23起。", Some(23.0)),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// Fugitives caught (涉毒逃犯, 在逃人员) are not drug users caught.
    #[test]
    fn fugitives_are_not_users_caught() {
        let t = "某省2024年禁毒工作综述";
        for (text, want) in [
            ("先后在境外成功抓获全国十大涉毒逃犯2名、重大涉毒逃犯2名。", None),
            ("从境外抓获长期在逃涉毒人员3人。", None),
            ("开展追逃行动，抓获涉毒在逃人员11名。", None),
            ("全年查获吸毒人员3219人次，抓获涉毒逃犯5名。", Some(3219.0)),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// The catch of one case or check (在侦破盗窃案中查获6名吸毒人员) yields to the area's count,
    /// wherever it stands; alone, it is still read.
    #[test]
    fn one_cases_catch_yields_to_the_areas_count() {
        let t = "某市禁毒\n发布时间：2015-03-10";
        for (text, want) in [
            ("春节上班第一天，金寨刑警在侦破盗案中查获6名吸毒人员。截止目前，全市共查处吸毒人员126人次。", Some(126.0)),
            ("民警在清查中抓获吸毒人员4名。今年以来，全市查获吸毒人员58人次。", Some(58.0)),
            ("派出所在一次检查中查获吸毒人员3名，全市共查获吸毒人员40名。", Some(40.0)),
            ("在侦破此案中抓获吸毒人员5名。", Some(5.0)),
            // (an area's count in the course of a check is that count: 全市共)
            ("在清查中全市共查获吸毒人员40名。", Some(40.0)),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// Drug-control lectures held (禁毒知识讲座, 禁毒宣讲, 禁毒报告会 …场) are publicity events; a
    /// lecture attended, or one on another subject, is none.
    #[test]
    fn drug_control_lectures_are_publicity_events() {
        let t = "某市2016年禁毒工作通报";
        for (text, want) in [
            ("今年以来，在各校举办禁毒知识专题讲座324场，观看禁毒电影126场。", Some(324.0)),
            ("全县组织禁毒宣讲进校园46场次。", Some(46.0)),
            ("共举办禁毒法治报告会18场，受教育师生1.2万人。", Some(18.0)),
            ("全年开展禁毒专题讲座35次。", Some(35.0)),
            ("机关干部参加禁毒知识讲座3次。", None),
            ("举办消防安全知识讲座12场。", None),
        ] {
            assert_eq!(value(t, text, Field::PublicityEvents), want, "{text}");
        }
    }

    /// Drug-education events (禁毒教育活动 …场次) count as publicity events; people educated do not.
    #[test]
    fn education_events_are_publicity_events() {
        let t = "某省2024年禁毒工作综述";
        for (text, want) in [
            ("全省共开展各类教育活动6628场次，受教育群众超过526.8万人次。", Some(6628.0)),
            ("全年组织禁毒预防教育活动320场，覆盖学生4万人。", Some(320.0)),
            ("举办禁毒教育活动48次。", Some(48.0)),
            ("共开展12场次禁毒教育活动。", Some(12.0)),
            ("受教育群众达13万余人。", None),
        ] {
            assert_eq!(value(t, text, Field::PublicityEvents), want, "{text}");
        }
    }

    /// The staff employed: the serving ones named after a head count that holds the retired.
    #[test]
    fn serving_staff_beside_the_retired() {
        let t = "某市强制隔离戒毒所2021年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("年末实有警察职工139人，其中：在职警察职工115人、退休警察职工24人。", Some(115.0)),
            ("实有人员52人，其中在职人员40人，退休人员12人。", Some(40.0)),
            ("单位现有在职人员18人，退休人员6人。", Some(18.0)),
            ("实有在职人员11人。", Some(11.0)),
            ("实有人数25人，其中退休8人。", Some(25.0)),
            // on the payroll and at work (在编在岗), the usual words of a staffing line
            ("核定编制12名，在编在岗10名。", Some(10.0)),
            ("单位编制9人，在岗在编人员8人。", Some(8.0)),
            ("在编7人，另有聘用人员2人。", Some(7.0)),
            // the head count right after 在职 (a year-end count of the serving staff)
            ("截止到2021年末在职244人，其中：政法专项230人、工勤14人；离休1人。", Some(244.0)),
            ("年末在职共36人，退休9人。", Some(36.0)),
            ("在职党员23人。", None),
            // the country's or the province's (吸毒 dropped by the writer), not the unit's
            ("据统计，中国现有人员89.6万名，同比下降20.3%。", None),
            ("我国现有人员89.6万名。", None),
            ("全省实有人员2.1万人。", None),
            ("2023年，全所现有人员45名。", Some(45.0)),
        ] {
            assert_eq!(value(t, text, Field::StaffActual), want, "{text}");
        }
    }

    /// The criminal part of planting cases in a later paragraph (查处非法种植罂粟案件12起，其中刑事案件
    /// 3起) is no second statement of the year's criminal cases (X01).
    #[test]
    fn a_kinds_criminal_part_is_no_second_statement() {
        let t = "某县公安局2022年禁毒工作总结";
        for text in [
            "今年以来，全县共破获毒品刑事案件46起。\n开展禁种铲毒行动，共查处非法种植罂粟案件12起，其中刑事案件3起。",
            "全市破获毒品刑事案件165起。\n截至目前，全市共破获非法种植毒品原植物案件24起，其中，刑事案件9起，治安案件15起。",
        ] {
            assert!(value_stated_once(t, text, Field::CriminalCases).is_some(), "{text}");
        }
    }

    /// The retired listed after an aside that parts the serving staff (在职职工15人（行政12人、工勤3人）、
    /// 退休职工5人) are an item of their own: no second count of the staff employed (X01).
    #[test]
    fn the_retired_after_an_aside_are_no_serving_staff() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("实有职工20人，其中：在职职工15人（行政12人、工勤3人）、退休职工5人。", 15.0),
            ("年末实有在职人员31人(民警27人、工勤4人)、离退休人员9人。", 31.0),
            ("现有在编在岗人员8人（含借调1人）、退休干部2人。", 8.0),
        ] {
            assert_eq!(value_stated_once(t, text, Field::StaffActual), Some(want), "{text}");
        }
    }

    /// Persons by risk class, with or without 吸毒 in the class's name.
    #[test]
    fn persons_by_risk_class() {
        let t = "某县2023年禁毒工作总结";
        for (text, f, want) in [
            ("高风险吸毒人员9人、中风险31人、低风险220人。", Field::RiskHigh, Some(9.0)),
            ("高风险吸毒人员9人、中风险吸毒人员31人。", Field::RiskMedium, Some(31.0)),
            // (an indicator's name with 数 and its figure, as a form's row reads: 高风险吸毒人员数：6人)
            ("高风险吸毒人员数：6人", Field::RiskHigh, Some(6.0)),
            ("低风险人数：220人", Field::RiskLow, Some(220.0)),
            ("评估低风险吸毒人员180名。", Field::RiskLow, Some(180.0)),
            ("其中高风险人员6人。", Field::RiskHigh, Some(6.0)),
            ("中高风险人员15人。", Field::RiskMedium, None),
            // (其中 before the high ones is no 中高风险)
            ("评估吸毒人员风险等级，其中高风险12人、中风险35人、低风险680人。", Field::RiskMedium, Some(35.0)),
            ("其中高风险12人，中风险35人。", Field::RiskMedium, Some(35.0)),
            // (labels cut short before the words they share: 高、中、低风险的分别为)
            ("评估为高、中、低风险的分别为3名、11名、96名。", Field::RiskHigh, Some(3.0)),
            ("评估为高、中、低风险的分别为3名、11名、96名。", Field::RiskMedium, Some(11.0)),
            ("评估为高、中、低风险的分别为3名、11名、96名。", Field::RiskLow, Some(96.0)),
            ("高、中、低风险吸毒人员分别有5人、20人、130人。", Field::RiskMedium, Some(20.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// 确保 before a figure and a sentence of the next steps (下一步，…) state targets; 确保了 what
    /// was secured.
    #[test]
    fn next_steps_and_what_is_to_be_ensured_are_targets() {
        let t = "某县2024年禁毒工作新闻发布会";
        for (text, f, want) in [
            ("下一步，县禁毒办将力争全年破获毒品刑事案件45起，确保毛发检测覆盖率达到100%。", Field::HairTestRate, None),
            (
                "下一步，县禁毒办将力争全年破获毒品刑事案件45起，确保毛发检测覆盖率达到100%。",
                Field::CriminalCases,
                None,
            ),
            ("2024年，确保社区戒毒社区康复人员管控率保持在98%以上。", Field::ControlRate, None),
            ("全年毛发检测覆盖率达到100%。", Field::HairTestRate, Some(100.0)),
            ("通过分类管控，确保了社区戒毒社区康复人员管控率达98.6%。", Field::ControlRate, Some(98.6)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// 强制隔离戒毒 counts persons sent there; a number of its places (大队, 所) is none.
    #[test]
    fn compulsory_rehab_counts_persons_not_places() {
        let t = "某市2022年禁毒工作总结";
        for (text, want) in [
            ("所内设5个强制隔离戒毒大队和1个康复医院。", None),
            ("全省现有强制隔离戒毒所14所，床位6000张。", None),
            ("辖区建有2家强制隔离戒毒场所。", None),
            ("全年依法决定强制隔离戒毒217人。", Some(217.0)),
            ("送强制隔离戒毒46名，责令社区戒毒31名。", Some(46.0)),
            ("共有38人被送往强制隔离戒毒。", Some(38.0)),
            // 收戒: taken into a rehab centre (a police report's word beside 查处)
            ("今年以来查处吸毒人员540名，收戒吸毒人员212名。", Some(212.0)),
            ("全年收戒吸毒成瘾严重人员97名。", Some(97.0)),
            ("戒毒所全年共收戒强制隔离戒毒人员1260人。", Some(1260.0)),
            ("自愿戒毒门诊收戒自愿戒毒人员40人。", None),
            // (…but the compulsory part of those taken in, when named, is the field)
            ("2023年，全区共收戒吸毒人员15名，其中强制隔离戒毒13名。", Some(13.0)),
            ("全年送戒吸毒人员22名，其中强制隔离戒毒20名、自愿戒毒2名。", Some(20.0)),
            // (what was done with the positives a test found is their part, not the year's)
            ("全年开展尿检3012人次，发现阳性2人次，依法责令强制隔离戒毒2人。", None),
            ("对阳性人员依法处置，其中强制隔离戒毒9人、社区戒毒5人。", None),
            ("开展毛发检测1240人，检出阳性5人；全年强制隔离戒毒19人。", Some(19.0)),
        ] {
            assert_eq!(value(t, text, Field::CompulsoryRehab), want, "{text}");
        }
    }

    /// A comparison from a baseline year to the record's (由2018年的538人降至2020年的178人)
    /// gives the later level, also when it opens a clause after its subject; the record is of
    /// the later year.
    #[test]
    fn a_comparison_from_a_baseline_year_gives_the_later_level() {
        for (text, f, want, year) in [
            ("新增吸毒人员由2019年的64人下降到2021年的29人。", Field::NewUsers, Some(29.0), Some(2021)),
            (
                "新滋生吸毒人员明显下降，由2018年的538人降至2020年的178人，下降66.9%。",
                Field::NewUsers,
                Some(178.0),
                Some(2020),
            ),
            ("全旗新发现吸毒人员逐年减少，从2019年的41人减少到2021年的17人。", Field::NewUsers, Some(17.0), Some(2021)),
            ("社区戒毒社区康复人员复吸率由2020年的8.2%降至2022年的4.9%。", Field::RelapseRate, Some(4.9), Some(2022)),
            ("吸毒人员管控率由2019年的91%提升至2021年的98.5%。", Field::ControlRate, Some(98.5), Some(2021)),
            ("在册吸毒人员从上年的1210名减少至986名。", Field::RegisteredUsers, Some(986.0), None),
        ] {
            let r = extract_text("t.txt", &format!("某区禁毒工作成效显著\n{text}\n禁毒工作。\n"));
            assert_eq!(r.first().and_then(|r| r.value(f)), want, "{text}");
            assert_eq!(r[0].id.year, year, "{text}");
        }
    }

    /// A review published early in a year that compares years clause by clause (2018年…，
    /// 2019年…，2020年…) is of the latest full year, and each clause's figure is its year's.
    #[test]
    fn a_review_of_years_clause_by_clause() {
        for (date, text, f, want, year) in [
            (
                "发布日期：2021-02-23",
                "2018年新增吸毒人员84人，2019年新增吸毒人员39人，2020年新增吸毒人员31人。",
                Field::NewUsers,
                31.0,
                2020,
            ),
            (
                "来源：市禁毒办 2022-01-18",
                "2019年全市破获毒品刑事案件120起；2020年破获98起；2021年破获毒品刑事案件76起。",
                Field::CriminalCases,
                76.0,
                2021,
            ),
            (
                "发布时间：2020-03-05",
                "2017年，全县社区戒毒社区康复人员管控率为92.1%，2018年为94.3%，2019年社区戒毒社区康复人员管控率达到96.8%。",
                Field::ControlRate,
                96.8,
                2019,
            ),
        ] {
            let r = extract_text("t.txt", &format!("某区近三年禁毒工作成效显著\n{date}\n{text}\n禁毒工作。\n"));
            assert_eq!(r[0].id.year, Some(year), "{text}");
            assert_eq!(r[0].value(f), Some(want), "{text}");
        }
    }

    /// 管控率 is the drug users' (社戒社康人员, 吸毒人员, 涉毒重点人员); that of persons at risk of
    /// making drugs, of places or of firms is none.
    #[test]
    fn control_rate_is_the_drug_users() {
        let t = "某县2021年禁毒工作总结";
        for (text, want) in [
            ("易制毒化学品生产经营单位管控率达100%。", None),
            ("制毒高危人员管控率由45%提升至100%。", None),
            ("辖区娱乐场所管控率100%。", None),
            ("易制毒化学品企业管控率为100%。", None),
            ("社区戒毒社区康复人员管控率达98.6%。", Some(98.6)),
            ("全县吸毒人员管控率97.2%，复吸率下降。", Some(97.2)),
        ] {
            assert_eq!(value(t, text, Field::ControlRate), want, "{text}");
        }
    }

    /// A list of the year's results naming 吸毒人员 once: 新发现N人 is the new users.
    #[test]
    fn new_users_named_once_in_a_list() {
        let t = "某市2023年禁毒工作情况";
        for (text, want) in [
            ("全市共查处吸毒人员20人，强制隔离戒毒10人，新发现8人，社区戒毒3人。", Some(8.0)),
            ("全县查获吸毒人员45人次，其中新发现12人。", None),
            ("全年查处吸毒人员76人，新增14名，同比下降。", Some(14.0)),
            ("今年新发现12人，均已落实管控。", None),
            // (the persons first, then the verb)
            ("全年全县吸毒人员新增18人，同比下降25%。", Some(18.0)),
            ("全县吸毒人员新发现9名。", Some(9.0)),
            ("在册吸毒人员较上年新增18人。", None),
        ] {
            assert_eq!(value(t, text, Field::NewUsers), want, "{text}");
        }
    }

    /// Suspects arrested (抓获涉毒人员, 涉毒犯罪人员, 违法犯罪人员) are no drug users dealt with;
    /// users found (查获涉毒人员, 查处吸毒人员) are.
    #[test]
    fn arrests_are_not_users_caught() {
        let t = "某省2018年禁毒工作综述";
        for (text, want) in [
            ("全年共抓获涉毒犯罪人员8089名，缴获毒品两百余公斤。", None),
            ("全省抓获涉毒人员6346人，查处吸毒人员31120人次。", Some(31120.0)),
            ("截至6月底，全省抓获各类涉毒人员9739人。", None),
            ("共抓获涉毒违法犯罪人员230名。", None),
            ("全市查获涉毒人员412人次。", Some(412.0)),
            ("全县抓获吸毒人员246名。", Some(246.0)),
            ("查处吸毒违法人员96名。", Some(96.0)),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// A figure reached through the public's tips (根据群众举报…, 通过举报线索…) is a part of the
    /// results, whichever clause names the tips.
    #[test]
    fn figures_from_tips_are_a_part() {
        let t = "某省2017年禁毒工作综述";
        for (text, f, want) in [
            ("全年根据举报破获案件5354起。", Field::CriminalCases, None),
            ("根据群众举报，全省共抓获吸毒人员4409名，破获毒品案件440起。", Field::UsersCaught, None),
            ("根据群众举报，全省共抓获吸毒人员4409名，破获毒品案件440起。", Field::CriminalCases, None),
            ("通过群众举报线索，全市破获毒品刑事案件37起。", Field::CriminalCases, None),
            ("经群众举报，查获吸毒人员15人。", Field::UsersCaught, None),
            ("全年破获毒品刑事案件120起，其中群众举报破获30起。", Field::CriminalCases, Some(120.0)),
            ("公布举报电话，全县查处吸毒人员88人次。", Field::UsersCaught, Some(88.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// Cases of substances outside the drug schedules (笑气, 非列管成瘾性物质) are no drug crimes.
    #[test]
    fn unscheduled_substances_are_no_drug_cases() {
        let t = "某省2024年禁毒工作综述";
        for (text, want) in [
            ("对“笑气”等非列管成瘾性物质滥用问题开展专项治理，累计破案240余起。", None),
            ("全省打击“笑气”违法犯罪，破获案件56起。", None),
            ("侦破涉非列管成瘾性物质案件12起。", None),
            ("全省破获毒品刑事案件1300余起。", Some(1300.0)),
        ] {
            assert_eq!(value(t, text, Field::CriminalCases), want, "{text}");
        }
    }

    /// Wastewater samplings count samplings, not the plants or inlets sampled.
    #[test]
    fn wastewater_samplings_not_places() {
        let t = "某省2019年禁毒工作综述";
        for (text, want) in [
            ("对全省139家污水处理厂的151个进水口进行采样检测分析。", None),
            ("全年开展污水采样检测48次。", Some(48.0)),
            ("对辖区4座污水处理厂开展监测。", None),
            ("完成污水毒品监测采样12批次。", Some(12.0)),
        ] {
            assert_eq!(value(t, text, Field::WastewaterTests), want, "{text}");
        }
    }

    /// Registered users in other provinces' words: 登记上网, 纳入动态管控.
    #[test]
    fn registered_users_in_other_words() {
        let t = "某省2010年禁毒工作综述";
        for (text, want) in [
            ("目前全省登记上网吸毒人员8037人。", Some(8037.0)),
            ("目前，全省纳入动态管控的吸毒人员共有54491名。", Some(54491.0)),
            ("全市纳入网格化管理的吸毒人员1120名。", Some(1120.0)),
            ("全县登记在册吸毒人员612名。", Some(612.0)),
            // (the management named with its object first, and an aside on what it is)
            ("截至年底，全省纳入吸毒人员动态管控（登记在册）的吸毒人员达3.6万人。", Some(36000.0)),
            ("全市纳入吸毒人员网格化管理的吸毒人员共1,204名。", Some(1204.0)),
        ] {
            assert_eq!(value(t, text, Field::RegisteredUsers), want, "{text}");
        }
    }

    /// The stock on a day bare of 现有 or 在册 (截至目前，全区吸毒人员862人) is the register's
    /// count, in a county's, a city's or a banner's words; without the day, or with a verb of
    /// finding, or of another group, it is none.
    #[test]
    fn the_stock_on_a_day_is_the_register() {
        let t = "某区2020年禁毒工作情况";
        for (text, want) in [
            ("截至目前，全区吸毒人员862人，比上年减少197人。", Some(862.0)),
            ("截至2023年底，全县吸毒人员316名，同比下降12.5%。", Some(316.0)),
            ("截止6月底，我市吸毒人员总数为1208人。", Some(1208.0)),
            ("截至11月底，全旗吸毒人员41名，均已落实管控措施。", Some(41.0)),
            ("截至9月底，辖区吸毒人员23名，其中社区康复人员5名。", Some(23.0)),
            ("截至目前，全镇吸毒人员17人。", Some(17.0)),
            // (no day: a figure of what?)
            ("全区吸毒人员862人参加了帮教活动。", None),
            // (a verb of finding, or another group, is another field's)
            ("截至目前，全县查处吸毒人员45人次。", None),
            ("截至目前，全县吸毒人员中社区戒毒人员23名。", None),
            ("截至10月底，全县外流吸毒人员12名。", None),
        ] {
            assert_eq!(value(t, text, Field::RegisteredUsers), want, "{text}");
        }
    }

    /// 在控率 of the community cases is the control rate; that of other persons is not.
    #[test]
    fn in_control_rate_is_the_control_rate() {
        let t = "某市2017年禁毒工作总结";
        for (text, want) in [
            ("社区戒毒社区康复在控率93.18%。", Some(93.18)),
            ("全市吸毒人员管控率达98.5%。", Some(98.5)),
            // 在管率 (the share under management), as some provinces word it
            ("社区戒毒社区康复人员在管率达到98.7%，执行率100%。", Some(98.7)),
            ("强制隔离戒毒出所未满三年管控率达98.3%。", None),
        ] {
            assert_eq!(value(t, text, Field::ControlRate), want, "{text}");
        }
    }

    /// A rounded figure (1900余起, 逾5万) yields to the exact one it rounds, stated later; an
    /// exact figure far from it is another count and the first one stands.
    #[test]
    fn a_rounded_figure_yields_to_the_exact_one() {
        for (text, f, want) in [
            (
                "广西前4个月破获毒品犯罪案件1900余起\n2018年1-4月广西各地共破获毒品犯罪案件1952起。",
                Field::CriminalCases,
                Some(1952.0),
            ),
            (
                "江西2014年登记在册吸毒人员逾5万\n江西登记在册吸毒人员逾5万。目前，全省纳入动态管控的吸毒人员共有54491名。",
                Field::RegisteredUsers,
                Some(54491.0),
            ),
            (
                "某县2020年禁毒工作总结\n全年查获吸毒人员200余人次。第四季度查获吸毒人员36人次。",
                Field::UsersCaught,
                Some(200.0),
            ),
        ] {
            assert_eq!(
                extract_text("t.txt", &format!("{text}\n禁毒工作。\n")).first().and_then(|r| r.value(f)),
                want,
                "{text}"
            );
        }
    }

    /// Drug offenders arrested (涉毒分子) are no drug users dealt with.
    #[test]
    fn offenders_arrested_are_no_users_caught() {
        let t = "某市2006年禁毒工作总结";
        for (text, want) in [
            ("全年抓获涉毒分子1703人。", None),
            ("全市共抓获涉毒违法犯罪分子560名。", None),
            ("查处涉毒分子88人，缴获冰毒2千克。", None),
            ("全年查获吸毒人员1703人。", Some(1703.0)),
        ] {
            assert_eq!(value(t, text, Field::UsersCaught), want, "{text}");
        }
    }

    /// The evaluation's score as its result (自评结果为92.7分，等级为“优”).
    #[test]
    fn a_score_stated_as_the_evaluations_result() {
        let t = "某县禁毒办2022年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("自评结果为92.7分，等级为“优”。", Some(92.7)),
            ("经综合评定，自评结果：95分，评价等级为优秀。", Some(95.0)),
            ("评价结论为89分，等级良好。", Some(89.0)),
            ("本次评价结果为91.5分。", Some(91.5)),
            // (the score in an aside after the grade)
            ("评分结果为“优”（95分）。", Some(95.0)),
            ("自评结论：优秀（93.5分）。", Some(93.5)),
            // (a result that is no score)
            ("自评结果为“优”，共完成指标12项。", None),
            ("评价结果显示满意度达到96分。", None),
            // (a higher level's assessment is not the unit's self-evaluation)
            ("在全市年度禁毒工作考评中得分92.6分，位列全市第二。", None),
            ("在全县综合考评中得分95分。", None),
            ("在省级禁毒工作考评中得分96.5分。", None),
        ] {
            assert_eq!(value(t, text, Field::SelfScore), want, "{text}");
        }
    }

    /// The evaluation's score after its label and a colon, written without 分.
    #[test]
    fn a_bare_score_after_its_label() {
        let t = "某县禁毒办2022年度项目支出绩效自评表";
        for (text, want) in [
            ("自评得分：95", Some(95.0)),
            ("综合评分：88.5", Some(88.5)),
            ("绩效评价得分：91", Some(91.0)),
            ("总分：96.4", Some(96.4)),
            // (an indicator's points, or a survey's score, are not the evaluation's)
            ("分值：10", None),
            ("满意度测评得分：92", None),
        ] {
            assert_eq!(value(t, text, Field::SelfScore), want, "{text}");
        }
    }

    /// A bare value in a label cell — after a colon, or in a statistics sheet's row of one
    /// label and one value — counts what its label names, the counter its field asks for
    /// understood (no 起, 名, 场次 written).
    #[test]
    fn a_bare_count_after_its_label() {
        let t = "某县禁毒工作情况统计（2023年）";
        for (text, field, want) in [
            ("破获毒品刑事案件：12", Field::CriminalCases, Some(12.0)),
            ("侦破涉毒刑事案件（起）：6", Field::CriminalCases, Some(6.0)),
            ("刑事拘留：15", Field::Detained, Some(15.0)),
            ("移送起诉\t9", Field::Prosecuted, Some(9.0)),
            ("开展禁毒宣传活动：52", Field::PublicityEvents, Some(52.0)),
            ("组织禁毒宣传\t30", Field::PublicityEvents, Some(30.0)),
            ("强制隔离戒毒：7", Field::CompulsoryRehab, Some(7.0)),
            // (arrests are none of the stages; a year's cell is no count)
            ("抓获犯罪嫌疑人：20", Field::Detained, None),
            ("抓获犯罪嫌疑人：20", Field::Prosecuted, None),
            ("年度\t2023", Field::CriminalCases, None),
        ] {
            assert_eq!(value(t, text, field), want, "{text}");
        }
        // …and in a table of years side by side, the record's year's column
        let years = "项目\t2022年\t2023年\n破获毒品刑事案件（起）\t8\t9\n刑事拘留\t10\t11\n开展禁毒宣传活动\t50\t64";
        for (field, want) in [(Field::CriminalCases, 9.0), (Field::Detained, 11.0), (Field::PublicityEvents, 64.0)] {
            assert_eq!(value("某县禁毒工作主要数据（2023年）", years, field), Some(want), "{field:?}");
        }
        // …beside last year's (本年 / 上年 / 增减), and in a statistics sheet of label, counter and
        // figure (序号 | 项目 | 单位 | 数量), a group's row and an empty one passed over
        let current = "项目\t本年\t上年\t增减\n破获毒品刑事案件（起）\t9\t8\t+1\n刑事拘留（人）\t11\t10\t+1\n开展禁毒宣传活动（场次）\t64\t50\t+14";
        let sheet = "序号\t项目\t单位\t数量\n\t一、打击毒品犯罪\t\t\n1\t破获毒品刑事案件\t起\t9\n2\t刑事拘留\t人\t11\n3\t缴获毒品\t克\t\n4\t开展禁毒宣传活动\t场次\t64";
        // (…until another table's header: its rows are its own)
        let then = format!("{sheet}\n二、主要指标\n指标\t年度指标值\t实际完成值\n查获吸毒人员\t≥30人次\t36人次");
        assert_eq!(value("某县2023年禁毒工作主要数据", &then, Field::UsersCaught), Some(36.0));
        // (…or a row of another shape: a label and its value)
        let then = format!("{sheet}\n查获吸毒人员\t38");
        assert_eq!(value("某县2023年禁毒工作主要数据", &then, Field::UsersCaught), Some(38.0));
        let same_time = "项目\t本年数\t上年同期\t同比\n破获毒品刑事案件（起）\t9\t8\t12.5%\n刑事拘留（人）\t11\t10\t10%\n开展禁毒宣传活动（场次）\t64\t50\t28%";
        for table in [current, sheet, same_time] {
            for (field, want) in [(Field::CriminalCases, 9.0), (Field::Detained, 11.0), (Field::PublicityEvents, 64.0)]
            {
                assert_eq!(value("某县2023年禁毒工作主要数据", table, field), Some(want), "{field:?} in {table}");
            }
        }
    }

    /// An indicator table with a 指标方向 column and a 计量单位 column before the figures (尿检 |
    /// 正向 | 人次 | 1600 | 1745): the row's name is the indicator's, its unit joined to the two
    /// figures after it, the direction read as nothing; a unit column after the figures as before.
    #[test]
    fn indicator_rows_with_direction_and_unit_columns_before_the_figures() {
        let t = "某县禁毒委员会办公室2023年度禁毒专项经费项目支出绩效自评表";
        let a = "一级指标\t二级指标\t三级指标\t指标方向\t计量单位\t年度目标值\t全年实际值\t完成率\n产出指标\t数量指标\t尿检\t正向\t人次\t1600\t1745\t109.06%\n效益指标\t社会效益指标\t复吸率\t反向\t%\t10\t4.8\t\n效益指标\t社会效益指标\t社戒社康人员管控率\t正向\t%\t95\t98.3\t103.47%";
        let b = "指标名称\t计量单位\t指标方向\t目标值\t完成值\n破获毒品刑事案件\t起\t≥\t15\t19\n刑事拘留\t人\t≥\t20\t26\n新发现吸毒人员\t人\t≤\t15\t9";
        let c = "三级指标\t指标方向\t目标值\t实际值\t单位\t分值\t得分\n尿检人次\t正向\t1200\t1306\t人次\t10\t10\n宣传活动\t正向\t50\t61\t场\t10\t10\n新增吸毒人员\t反向\t10\t6\t人\t10\t10";
        let d = "三级指标\t计量单位\t指标方向\t年度指标值\t实际完成值\t分值\t得分\n毛发检测\t人\t正向指标\t200\t236\t10\t8\n禁毒宣传活动\t场次\t正向指标\t60\t74\t10\t10";
        for (text, field, want) in [
            (a, Field::UrineTests, 1745.0),
            (a, Field::RelapseRate, 4.8),
            (a, Field::ControlRate, 98.3),
            (b, Field::CriminalCases, 19.0),
            (b, Field::Detained, 26.0),
            (b, Field::NewUsers, 9.0),
            (c, Field::UrineTests, 1306.0),
            (c, Field::PublicityEvents, 61.0),
            (c, Field::NewUsers, 6.0),
            (d, Field::HairTests, 236.0),
            (d, Field::PublicityEvents, 74.0),
        ] {
            assert_eq!(value(t, text, field), Some(want), "{field:?} in {text}");
        }
    }

    /// A scoring table (一级指标 | … | 分值 | 评分要点 | 自评情况 | 得分; 指标 | 权重(%) | 评分标准 |
    /// 自评得分 | 备注): the sentences of its findings cells read as prose, the marking rules'
    /// figures (≥95%得满分) and the points none of the unit's.
    #[test]
    fn a_scoring_tables_cells_of_findings() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评表";
        let a = "一级指标\t二级指标\t三级指标\t分值\t评分要点\t自评情况\t得分\n资金投入\t预算执行\t预算执行率\t10\t执行率=实际支出/调整预算\t调整预算145.20万元，实际支出141.38万元，执行率97.37%\t9.7\n产出\t数量\t查处吸毒人员\t10\t目标≥50人次\t查处吸毒人员63人次\t10\n合计\t\t\t100\t\t\t95.6";
        let b = "指标\t权重(%)\t评分标准\t自评得分\t备注\n预算执行率\t10\t≥95%得满分\t10\t全年预算118.5万元，支出116.02万元，执行率97.91%\n人员管控\t20\t管控率≥95%得满分\t19\t在册吸毒人员612名，管控率99.1%\n总计\t100\t\t96\t";
        let c = "一级指标（权重）\t二级指标\t评价内容\t分值\t得分\t说明\n投入（20）\t资金到位率\t到位资金/预算资金\t10\t10\t预算资金95万元，到位95万元\n\t预算执行率\t实际支出/到位资金\t10\t9.4\t实际支出89.3万元，执行率94%\n产出（40）\t数量\t毛发检测覆盖\t10\t9\t毛发检测580人，阳性2人";
        for (text, field, want) in [
            (a, Field::BudgetTotal, Some(145.2)),
            (a, Field::ActualTotal, Some(141.38)),
            (a, Field::ExecutionRateStated, Some(97.37)),
            (a, Field::UsersCaught, Some(63.0)),
            (a, Field::SelfScore, Some(95.6)),
            (b, Field::ActualTotal, Some(116.02)),
            (b, Field::RegisteredUsers, Some(612.0)),
            (b, Field::ControlRate, Some(99.1)),
            (b, Field::SelfScore, Some(96.0)),
            (c, Field::BudgetTotal, Some(95.0)),
            (c, Field::ActualTotal, Some(89.3)),
            (c, Field::ExecutionRateStated, Some(94.0)),
            (c, Field::HairTests, Some(580.0)),
            (c, Field::HairPositive, Some(2.0)),
        ] {
            assert_eq!(value(t, text, field), want, "{field:?} in {text}");
        }
    }

    /// A money header whose first cell names the funds in their unit (项目预算（万元） | 年初预算 |
    /// 全年预算 | 全年执行 | 执行率 | 权重 | 得分) over an empty label cell: a caption, no column; and
    /// an indicators' header with the 权重 column first (指标内容 | 权重 | 年度目标 | 实际完成 | 得分):
    /// the value under 实际完成, not the target.
    #[test]
    fn a_money_caption_cell_and_a_weight_column_first() {
        let t = "某县2021年度禁毒经费项目绩效自评表";
        let a = "项目预算（万元）\t年初预算\t全年预算\t全年执行\t执行率\t权重\t得分\n\t70.00\t74.50\t72.26\t96.99%\t10\t9.7\n指标类别\t指标内容\t权重\t年度目标\t实际完成\t得分\n产出\t吸毒人员尿检\t15\t≥2000人次\t2384人次\t15\n效益\t戒断三年未复吸率\t15\t≥60%\t64.3%\t15";
        let b = "预算资金（万元）\t年初预算数\t调整后预算数\t实际支出数\t执行率\n\t40\t42\t41.1\t97.86%";
        for (text, field, want) in [
            (a, Field::BudgetTotal, Some(74.5)),
            (a, Field::ActualTotal, Some(72.26)),
            (a, Field::ExecutionRateStated, Some(96.99)),
            (a, Field::UrineTests, Some(2384.0)),
            (a, Field::Abstinence3yRate, Some(64.3)),
            (b, Field::BudgetTotal, Some(42.0)),
            (b, Field::ActualTotal, Some(41.1)),
        ] {
            assert_eq!(value(t, text, field), want, "{field:?} in {text}");
        }
    }

    /// A form printed on two pages, its title repeated under the first page's number (第 1 页 共 2
    /// 页): one evaluation, the second page's rows its own.
    #[test]
    fn a_form_whose_title_repeats_after_a_page_number() {
        let title = "某县禁毒委员会办公室2024年度部门整体支出绩效自评表";
        for page in ["第 1 页 共 2 页", "第1页", "- 1 -"] {
            let text = format!("{title}\n项目\n预算数\n执行数\n执行率\n合计\n246.00\n238.37\n96.90%\n{page}\n{title}\n指标名称\n目标值\n完成值\n查处吸毒人员\n≥60人次\n68人次\n自评得分\n94.1\n");
            let recs = extract_text("t.txt", &text);
            assert_eq!(recs.len(), 1, "{page}");
            assert_eq!(recs[0].value(Field::ActualTotal), Some(238.37), "{page}");
            assert_eq!(recs[0].value(Field::UsersCaught), Some(68.0), "{page}");
        }
    }

    /// A 自评表 naming no unit of money anywhere (年初预算数｜66｜全年预算数｜70｜全年执行数｜68.9): its
    /// bare sums under money labels are in 万元, as the MoF forms are; a value's unit in a cell of
    /// its own after it (执行率｜98.43｜%, 自评得分｜93｜分) is the value's. A text in 元 says so.
    #[test]
    fn a_form_of_pairs_naming_no_unit_of_money() {
        let t = "某县2022年度禁毒经费项目支出绩效自评表";
        for (text, field, want) in [
            ("年初预算数\t66\t全年预算数\t70\t全年执行数\t68.9\t执行率\t98.43\t%", Field::BudgetTotal, Some(70.0)),
            ("年初预算数\t66\t全年预算数\t70\t全年执行数\t68.9\t执行率\t98.43\t%", Field::ActualTotal, Some(68.9)),
            (
                "年初预算数\t66\t全年预算数\t70\t全年执行数\t68.9\t执行率\t98.43\t%",
                Field::ExecutionRateStated,
                Some(98.43),
            ),
            ("预算数\t50.00\t执行数\t48.75\t执行率\t97.50%", Field::ActualTotal, Some(48.75)),
            ("全年预算数：\t44\t全年执行数：\t43.1", Field::BudgetTotal, Some(44.0)),
            // (a text in 元 names its unit: a bare sum is not read as 万元)
            ("金额单位：元\n全年预算数\t440000\t全年执行数\t431000", Field::BudgetTotal, Some(44.0)),
        ] {
            assert_eq!(value(t, text, field), want, "{field:?} in {text}");
        }
        // (no form: a bare sum in a summary's pairs is no money)
        assert_eq!(value("某县2022年禁毒工作总结", "预算数\t50\t执行数\t48", Field::BudgetTotal), None);
    }

    /// An indicator row whose target is a trend in words (逐年下降, 较上年减少, 稳步提升) under the
    /// target's column: the value under the value's column, not the points after it.
    #[test]
    fn an_indicator_row_with_a_target_in_words_of_a_trend() {
        let t = "某县禁毒委员会办公室2023年度部门整体绩效自评表";
        let h = "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因";
        for (row, field, want) in [
            (
                "效益指标\t社会效益\t在册吸毒人员数量\t逐年下降\t1026人\t10\t9\t较上年减少58人",
                Field::RegisteredUsers,
                1026.0,
            ),
            ("效益指标\t社会效益\t新发现吸毒人员\t较上年减少\t12人\t10\t10\t", Field::NewUsers, 12.0),
            ("效益指标\t社会效益\t社区戒毒社区康复人员管控率\t稳步提升\t97.5%\t10\t10\t", Field::ControlRate, 97.5),
            ("效益指标\t社会效益\t吸毒人员复吸率\t有效控制\t6.2%\t10\t10\t", Field::RelapseRate, 6.2),
            // (…or none set)
            ("效益指标\t社会效益\t在册吸毒人员\t（不设目标）\t287人\t5\t5\t", Field::RegisteredUsers, 287.0),
            ("效益指标\t社会效益\t在册吸毒人员\t不作要求\t287人\t5\t5\t", Field::RegisteredUsers, 287.0),
        ] {
            assert_eq!(value(t, &format!("{h}\n{row}"), field), Some(want), "{field:?} in {row}");
        }
    }

    /// A form's indicator row flattened into label：value pairs on one line, parted by runs of
    /// spaces (数量指标：   尿检   年度指标值：   1500 人次   实际完成值：   1620 人次): the name and the
    /// value done; the target none.
    #[test]
    fn an_indicator_row_flattened_into_label_value_pairs() {
        let t = "某县禁毒办2023年度禁毒专项资金项目绩效自评表";
        for (text, field, want) in [
            (
                "数量指标：   尿检                 年度指标值：   1500 人次     实际完成值：   1620 人次",
                Field::UrineTests,
                Some(1620.0),
            ),
            (
                "数量指标：   毛发检测             年度指标值：   150 人         实际完成值：   166 人",
                Field::HairTests,
                Some(166.0),
            ),
            ("质量指标：   强制隔离戒毒     指标值：   20 人     完成值：   23 人", Field::CompulsoryRehab, Some(23.0)),
            // (a target alone is no value)
            ("数量指标：   尿检                 年度指标值：   1500 人次", Field::UrineTests, None),
        ] {
            assert_eq!(value(t, text, field), want, "{field:?} in {text}");
        }
    }

    /// A form's row of one label cell and its bare value parted by a full-width bar (自评得分｜96.2,
    /// 自评总分｜93.5, 在册吸毒人员｜815): the value is the label's, as after a colon; a bar inside
    /// prose is no cell.
    #[test]
    fn a_label_cell_and_its_value_parted_by_a_bar() {
        let t = "某县禁毒委员会办公室2024年度部门整体支出绩效自评表";
        for (text, field, want) in [
            ("复吸率：7.9%\n自评得分｜96.2\n四、存在问题：无。", Field::SelfScore, Some(96.2)),
            ("复吸率：7.9%\n自评总分｜93.5\n四、存在问题：无。", Field::SelfScore, Some(93.5)),
            ("复吸率：7.9%\n在册吸毒人员｜815\n四、存在问题：无。", Field::RegisteredUsers, Some(815.0)),
            ("复吸率：7.9%\n综合评分｜88\n四、存在问题：无。", Field::SelfScore, Some(88.0)),
        ] {
            assert_eq!(value(t, text, field), want, "{field:?} in {text}");
        }
    }

    /// A 自评表 saved as comma-separated text: read as its table.
    #[test]
    fn a_form_saved_as_comma_separated_text() {
        let t = "某县2019年度禁毒专项经费绩效自评表";
        let text = "项目资金（万元）,年初预算数,全年预算数,全年执行数,执行率,得分\n年度资金总额,60.00,60.00,57.36,95.60%,9.56\n一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n产出指标,数量指标,尿检人次,≥2500人次,2711人次,15,15\n总分,,,,,100,94.56";
        for (field, want) in [
            (Field::BudgetTotal, 60.0),
            (Field::ActualTotal, 57.36),
            (Field::ExecutionRateStated, 95.6),
            (Field::UrineTests, 2711.0),
            (Field::SelfScore, 94.56),
        ] {
            assert_eq!(value(t, text, field), Some(want), "{field:?}");
        }
    }

    /// A sheet of a year's tasks (序号 | 指标 | 单位 | 目标 | 完成 | 完成率; 指标 | 目标 | 完成 |
    /// 完成率): the done column is the value, the target's and the share's are none.
    #[test]
    fn a_sheet_of_targets_and_what_was_done() {
        let t = "某县2023年禁毒工作总结";
        let a = "序号\t指标\t单位\t目标\t完成\t完成率\n1\t侦破毒品刑事案件\t起\t20\t24\t120%\n2\t移送起诉\t人\t25\t33\t132%\n3\t禁毒宣传\t场次\t150\t171\t114%";
        let b = "指标\t目标\t完成\t完成率\n破获毒品刑事案件（起）\t30\t37\t123.3%\n查处吸毒人员（人次）\t100\t118\t118.0%\n污水监测（次）\t12\t12\t100%";
        let c = "序号\t项目\t计量单位\t目标任务\t完成\t备注\n1\t刑事拘留\t人\t40\t46\t\n2\t强制隔离戒毒\t人\t20\t23\t";
        for (text, field, want) in [
            (a, Field::CriminalCases, 24.0),
            (a, Field::Prosecuted, 33.0),
            (a, Field::PublicityEvents, 171.0),
            (b, Field::CriminalCases, 37.0),
            (b, Field::UsersCaught, 118.0),
            (b, Field::WastewaterTests, 12.0),
            (c, Field::Detained, 46.0),
            (c, Field::CompulsoryRehab, 23.0),
        ] {
            assert_eq!(value(t, text, field), Some(want), "{field:?} in {text}");
        }
    }

    /// Persons under community rehab named before the words of their standing (在管, 在册):
    /// 社区戒毒社区康复人员在管312名, 社戒社康在册人员312人.
    #[test]
    fn community_cases_named_before_their_standing() {
        let t = "某县2023年禁毒工作总结";
        for (text, want) in [
            ("全县社区戒毒社区康复人员在管312名，管控率达97.6%。", Some(312.0)),
            ("社戒社康在册人员312人，执行率100%。", Some(312.0)),
            ("全区社区戒毒、社区康复人员在册186名，均签订帮扶协议。", Some(186.0)),
            ("全市社戒社康现有人员1045名。", Some(1045.0)),
            ("社区康复在管人数为77人。", Some(77.0)),
            // (a flow into community rehab is not those under it)
            ("社区戒毒社区康复人员新接收45名。", None),
            ("社戒社康在册人员走访帮扶1200人次。", None),
            // (…nor are those ordered into it in a list of the period's dispositions)
            ("1至10月，全市查处吸毒人员212人次，强制隔离戒毒57人，社区戒毒社区康复88人。", None),
            ("全县查获吸毒人员64人，强制隔离戒毒19人、责令社区戒毒23人。", None),
            // (…though the stock after such a list is)
            ("全县强制隔离戒毒19人，社区戒毒社区康复人员在管76人。", Some(76.0)),
            ("全县依法决定强制隔离戒毒23人，社区戒毒、社区康复人员118名，管控率达98.3%。", Some(118.0)),
            // (a service's clients on its books, named as persons in community rehab)
            ("全年为全县社区戒毒社区康复人员提供服务，在册服务对象217人。", Some(217.0)),
            ("全年开展社区走访服务，在册服务对象217人。", None),
            // (…or by their number alone, in a sentence of the service's work with them)
            ("社工共走访社区戒毒社区康复人员46人次，服务对象人数稳定在78名。", Some(78.0)),
            ("社工走访社区戒毒社区康复人员46人次，服务对象1,200人次。", None),
        ] {
            assert_eq!(value(t, text, Field::CommunityCases), want, "{text}");
        }
    }

    /// Persons under community rehab as the whole group given help (帮扶社区戒毒社区康复人员64名,
    /// 对全县102名社戒社康人员落实帮扶) or as the area's (全县有社区戒毒（康复）人员87名); not a
    /// part helped, help counted in 人次, nor documents (档案41份).
    #[test]
    fn community_cases_as_the_group_given_help() {
        let t = "某县2023年禁毒工作总结";
        for (text, want) in [
            ("今年以来，某县帮扶社区戒毒社区康复人员64名，其中帮助21名实现就业。", Some(64.0)),
            ("全县共帮扶社戒社康人员118人。", Some(118.0)),
            ("某县对全县102名社戒社康人员逐人落实帮扶责任人，开展一对一帮扶。", Some(102.0)),
            ("全县32名禁毒社工与在册的315名社区戒毒、社区康复人员结对帮扶。", Some(315.0)),
            ("截至12月31日，全县有社区戒毒（康复）人员87名，已落实帮扶措施的有79名。", Some(87.0)),
            // (纳管: taken under management, 纳入管理 shortened)
            ("全县纳管社区戒毒社区康复人员88名，报到率、执行率均为100%。", Some(88.0)),
            ("全区现有的46名社区戒毒康复人员全部签订帮扶协议。", Some(46.0)),
            // (a part helped, help in 人次, documents received: not the group)
            ("春节前夕，对全县社区戒毒社区康复人员中的17名困难人员开展走访帮扶。", None),
            ("全年帮扶社区戒毒社区康复人员326人次。", None),
            ("帮扶社戒社康人员实现就业21名。", None),
            ("全年接收社区戒毒社区康复人员档案41份。", None),
            ("2023年，我局共接收社区戒毒人员23名、社区康复人员31名。", None),
            ("社区戒毒人员报到23名、社区康复人员31名。", None),
            // (both kinds of the stock, no total stated: their sum)
            ("截至12月底，全县现有社区戒毒人员120人、社区康复人员85人。", Some(205.0)),
            ("全县在册社区戒毒人员45名，社区康复人员62名。", Some(107.0)),
            ("目前，全区在管社区康复人员38名、社区戒毒人员27名，均落实帮扶措施。", Some(65.0)),
            // (…a total after them is the persons under both; parts after a total are its parts)
            ("全县在册社区戒毒人员12名、社区康复人员19名，共计31名。", Some(31.0)),
            ("全县在册社区戒毒社区康复人员87名，其中社区戒毒人员56名、社区康复人员31名。", Some(87.0)),
        ] {
            assert_eq!(value(t, text, Field::CommunityCases), want, "{text}");
        }
    }

    /// A staff figure after a clause whose aside names a part (现有工作人员6人（其中在编4人、聘用2人），
    /// 核定编制4名) is not ruled out by the aside's 其中; a part named in its own clause still is.
    #[test]
    fn a_closed_aside_before_a_staff_figure_is_its_own() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告";
        for (text, f, want) in [
            ("现有工作人员6人（其中在编4人、聘用2人），核定编制4名。", Field::StaffQuota, Some(4.0)),
            ("核定编制5名（其中行政编制2名），实有人员5名。", Field::StaffQuota, Some(5.0)),
            ("核定编制5名（其中行政编制2名）。", Field::StaffQuota, Some(5.0)),
            ("单位编制数（其中行政编制2名）5名。", Field::StaffQuota, Some(5.0)),
            ("核定编制7名，其中行政编制5名。", Field::StaffQuota, Some(7.0)),
            ("其中行政编制5名。", Field::StaffQuota, None),
            // (kinds of posts listed with no total: their sum)
            ("单位核定行政编制2名、事业编制3名，实有人员5名。", Field::StaffQuota, Some(5.0)),
            ("我办有行政编制2名、事业编制3名、工勤编制1名。", Field::StaffQuota, Some(6.0)),
            ("核定编制：参公编制4名，工勤编制1名。", Field::StaffQuota, Some(5.0)),
            ("核定编制7名，其中行政编制5名、事业编制2名。", Field::StaffQuota, Some(7.0)),
            ("核定行政编制3名，实有3名。", Field::StaffQuota, Some(3.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// The later kinds of a list of kinds of posts (行政编制5名、事业编制3名、工勤编制1名) are parts of
    /// the sum the first kind's figure takes: no second statement of the unit's posts to note
    /// (X01), in the styles of several provinces' whole-unit reports.
    #[test]
    fn the_later_kinds_of_a_list_of_posts_are_no_second_statement() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告";
        for (text, want) in [
            ("核定行政编制5名、事业编制3名、工勤编制1名，实有在职人员8人。", 9.0),
            ("本单位有参公编制4人，工勤编制1人，实有人员5人。", 5.0),
            ("政法专项编制120人、工勤编制2人、政府购买服务编制3人，实有人员115人。", 122.0),
            ("单位编制数为行政编制6个、事业编制2个。", 8.0),
            ("全额拨款事业编制10名和工勤技能编制2名。", 12.0),
        ] {
            assert_eq!(value_stated_once(t, text, Field::StaffQuota), Some(want), "{text}");
        }
        // (a post count stated again in another sentence is still a second statement)
        let recs = extract_text("t.txt", &format!("{t}\n核定编制9名。\n年末编制数为7名。\n"));
        assert!(recs[0].notes.iter().any(|n| n.code == crate::model::FindingCode::X01), "{:?}", recs[0].notes);
    }

    /// An indicator's result after its target, its label naming the users first (吸毒人员查处数：年度
    /// 目标30人，实际完成36人) or the clause repeating its verb (实际新发现6人): the result.
    #[test]
    fn an_indicators_result_after_its_target() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告";
        for (text, f, want) in [
            ("吸毒人员查处数：年度目标30人，实际完成36人。", Field::UsersCaught, Some(36.0)),
            ("吸毒人员查获人次：目标值≥30人次，实际完成41人次。", Field::UsersCaught, Some(41.0)),
            ("新发现吸毒人员控制在10人以内，实际新发现6人。", Field::NewUsers, Some(6.0)),
            // (the target in parentheses after the indicator's name, the result in a clause of
            // the result's words alone)
            ("数量指标：社区戒毒社区康复人员在管人数（≥120人），实际完成136人。", Field::CommunityCases, Some(136.0)),
            ("社区戒毒社区康复人员在管人数（目标120人），实际136人。", Field::CommunityCases, Some(136.0)),
            ("吸毒人员查处数：年度目标30人。", Field::UsersCaught, None),
            ("全年新发现吸毒人员控制在10人以内。", Field::NewUsers, None),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// A part's execution rate (项目资金执行率, 基本支出执行率) yields to the whole's named in the same
    /// sentence; stated alone it stands (a project's report names its own so).
    #[test]
    fn a_parts_execution_rate_yields_to_the_wholes() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告";
        let f = Field::ExecutionRateStated;
        for (text, want) in [
            ("项目资金执行率98.5%，基本支出执行率99.2%，整体预算执行率98.9%。", Some(98.9)),
            ("基本支出执行率为99.2%，项目支出执行率为96.1%，部门预算执行率为97.8%。", Some(97.8)),
            ("项目资金执行率98.5%。", Some(98.5)),
            ("预算执行率98.9%，其中项目资金执行率98.5%。", Some(98.9)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// 累计 after the year's own start (今年以来，全县累计查获…) is the year's running total; after a
    /// span of years (2018年以来，…累计) it is those years'.
    #[test]
    fn a_running_total_since_the_years_start_is_the_years() {
        let t = "某县2023年禁毒工作总结";
        for (text, f, want) in [
            ("今年以来，全县累计查获吸毒人员52人次。", Field::UsersCaught, Some(52.0)),
            ("今年以来，大化县累计帮扶社戒社康人员152人，其中落实就业帮扶47人。", Field::CommunityCases, Some(152.0)),
            // (the persons a social-work station serves: 服务社区戒毒社区康复人员186名)
            ("一年来，服务站服务社区戒毒社区康复人员186名，完成尿检1,024人次。", Field::CommunityCases, Some(186.0)),
            ("本年以来，全县累计开展禁毒宣传活动85场次。", Field::PublicityEvents, Some(85.0)),
            ("自今年1月以来，全县累计查获吸毒人员52人次。", Field::UsersCaught, Some(52.0)),
            ("今年一月份以来，全县累计破获毒品刑事案件12起。", Field::CriminalCases, Some(12.0)),
            ("2018年以来，全县累计查获吸毒人员520人次。", Field::UsersCaught, None),
            ("三年来，全县累计破获毒品刑事案件69起。", Field::CriminalCases, None),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }

    /// A level stated as of now (目前…共有) stands in a paragraph opened by a span of years;
    /// a flow there (截至目前…共破获) runs over the span.
    #[test]
    fn a_level_as_of_now_stands_within_a_span() {
        let t = "某省2014年禁毒工作情况";
        for (text, f, want) in [
            (
                "近年来，全省吸毒人数持续增长。目前，全省纳入动态管控的吸毒人员共有54491名。",
                Field::RegisteredUsers,
                Some(54491.0),
            ),
            ("自2012年以来，全市禁毒工作不断深入。截至目前，全市共破获毒品刑事案件320起。", Field::CriminalCases, None),
            ("近三年来，全县毒情持续好转。目前，全县现有社戒社康人员56名。", Field::CommunityCases, Some(56.0)),
        ] {
            assert_eq!(value(t, text, f), want, "{text}");
        }
    }
}
