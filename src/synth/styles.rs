//! The texts of synthetic reports, in the styles the seeds and the national templates show:
//! prose whole-unit reports (plain or with Markdown headings), the tab-flattened 自评表 of the
//! Ministry of Finance template (部门整体 and 项目支出), project reports in prose, a drug-control
//! project bundled with an unrelated one, and year-end work summaries. Each writer states a
//! subset of the truth in the field's wording, with its traps (元 slips, 余, bounds, targets
//! beside results, last year's values, changes), and returns the gold record of what it stated.

use super::figures::{r2, Figures, Planted, Unit};
use super::rng::Rng;
use crate::model::{fmt_num, Field, Kind};
use std::collections::BTreeMap;

/// The first line of every synthetic file.
pub const MARK: &str = "【合成数据，非真实报告】本文由 jixiao synth 生成，仅供测试。";

/// What a careful reader takes from one evaluation in a synthetic file.
#[derive(Debug, Clone)]
pub struct Gold {
    pub unit: String,
    pub kind: Kind,
    pub year: i32,
    pub fields: BTreeMap<Field, f64>,
    /// fields the text only bounds (复吸率控制在15%以下): not scored
    pub bounds: BTreeMap<Field, String>,
    pub notes: Vec<String>,
}

/// One synthetic file's text, its style name and its gold records.
pub struct Doc {
    pub style: &'static str,
    pub text: String,
    pub gold: Vec<Gold>,
}

/// Everything a writer needs about one unit-year.
pub struct Ctx<'a> {
    pub unit: &'a Unit,
    pub year: i32,
    pub f: &'a Figures,
    pub prev: Option<&'a Figures>,
    pub planted: Option<Planted>,
}

impl Ctx<'_> {
    /// 县, 区, 市 or 旗: what the county calls itself (全县, 全区)
    fn lvl(&self) -> &str {
        let c = &self.unit.county;
        ["自治县", "县", "区", "市", "旗"].into_iter().find(|s| c.ends_with(s)).map_or("县", |s| &s[s.len() - 3..])
    }
}

fn money(v: f64) -> String {
    fmt_num(r2(v))
}

fn count(v: f64) -> String {
    format!("{}", v.round() as i64)
}

/// A text being written and the gold record it states.
struct W<'a> {
    rng: &'a mut Rng,
    lines: Vec<String>,
    gold: Gold,
    markdown: bool,
    section: usize,
}

const NUMS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

impl<'a> W<'a> {
    fn new(rng: &'a mut Rng, unit: &str, kind: Kind, year: i32) -> W<'a> {
        W {
            rng,
            lines: vec![MARK.to_string()],
            gold: Gold {
                unit: unit.to_string(),
                kind,
                year,
                fields: BTreeMap::new(),
                bounds: BTreeMap::new(),
                notes: Vec::new(),
            },
            markdown: false,
            section: 0,
        }
    }
    fn line(&mut self, s: impl Into<String>) {
        self.lines.push(s.into());
    }
    fn blank(&mut self) {
        self.lines.push(String::new());
    }
    fn heading(&mut self, s: &str) {
        let n = NUMS[self.section.min(9)];
        self.section += 1;
        if self.markdown {
            self.blank();
            self.line(format!("### {n}、{s}"));
            self.blank();
        } else {
            self.line(format!("{n}、{s}"));
        }
    }
    /// a value stated in the text: it goes into the gold record
    fn st(&mut self, f: Field, v: f64) -> String {
        let s = if f.is_money() {
            money(v)
        } else if f.measure() == crate::model::Measure::Count {
            count(v)
        } else {
            fmt_num(v)
        };
        self.gold.fields.insert(f, s.parse().unwrap_or(v));
        s
    }
    fn filler(&mut self, pool: &[&str], lo: i64, hi: i64) {
        let n = self.rng.int(lo, hi);
        let mut p = String::new();
        for _ in 0..n {
            let s: &str = self.rng.pick::<&str>(pool);
            p.push_str(s);
        }
        self.line(p);
    }
    fn done(self, style: &'static str) -> Doc {
        let mut text = self.lines.join("\n");
        text.push('\n');
        Doc { style, text, gold: vec![self.gold] }
    }
}

const DUTIES: &[&str] = &[
    "贯彻落实国家有关禁毒工作的法律、法规和方针政策，拟定并组织实施禁毒工作规划和年度工作方案。",
    "组织、指导、协调禁毒成员单位和乡镇（街道）开展禁毒工作，负责禁毒工作的检查、督促和考评。",
    "组织开展禁毒宣传和毒品预防教育，指导禁毒志愿者队伍建设。",
    "协调、指导有关部门加强对涉毒人员的管控和帮教，开展社区戒毒和社区康复工作。",
    "编制禁毒经费预算和使用计划，监督禁毒专项经费的使用与管理。",
    "完成上级禁毒部门和本级党委政府交办的其他任务。",
];

const WORK: &[&str] = &[
    "坚持预防为先，深入推进全民禁毒宣传教育，在全社会营造识毒、防毒、拒毒的浓厚氛围。",
    "持续开展“六进”禁毒宣传活动，充分利用微信公众号、短视频平台等新媒体扩大宣传覆盖面。",
    "深化青少年毒品预防教育，各学校将禁毒教育融入课堂教学和主题班会。",
    "坚持严打方针不动摇，保持对毒品违法犯罪的高压态势。",
    "加强易制毒化学品管理，开展企业走访检查，未发生易制毒化学品流失案件。",
    "完善社区戒毒社区康复工作机制，落实“一人一档”管理，做到应管尽管。",
    "压实禁毒工作责任，将禁毒工作纳入平安建设和综治考评。",
    "加强禁毒社工队伍建设，组织开展业务培训，提升专业化水平。",
];

const ORG: &[&str] = &[
    "本单位为本级政府办公室所属公益一类事业单位，内设综合股、宣传教育股和社区戒毒康复指导股。",
    "本单位为禁毒委员会的办事机构，设在公安机关，内设办公室和业务科室。",
    "本单位实行主任负责制，下设办公室、业务室，承担禁毒委员会的日常工作。",
];

const PROBLEMS: &[&str] = &[
    "一是部分基层禁毒专干人员变动频繁，业务熟练程度参差不齐。",
    "二是禁毒经费保障与工作任务相比仍显不足，部分项目支出进度偏慢。",
    "三是部门之间信息共享和工作衔接还不够顺畅。",
    "四是绩效目标设置不够细化，部分指标难以量化考核。",
    "五是新型毒品不断出现，宣传教育的针对性有待加强。",
];

const NEXT: &[&str] = &[
    "进一步加强预算编制的科学性和准确性，提高预算执行进度。",
    "完善绩效目标管理，细化量化绩效指标，强化评价结果应用。",
    "加大禁毒宣传教育力度，拓宽禁毒社会化工作覆盖面。",
    "强化对社区戒毒社区康复人员的动态管控，防止脱失漏管。",
    "严格执行财务管理制度，厉行节约，规范资金使用。",
];

/// A whole-unit report in prose; `markdown` adds # headings (a .md file).
pub fn whole_prose(rng: &mut Rng, c: &Ctx, markdown: bool) -> Doc {
    use Field::*;
    let (u, y, f, lvl) = (&c.unit.name, c.year, c.f, c.lvl());
    let mut w = W::new(rng, u, Kind::Whole, y);
    w.markdown = markdown;
    if markdown {
        w.blank();
        w.line(format!("# {y}年度{u}"));
        w.blank();
        w.line("## 整体支出绩效自评报告");
        w.blank();
    } else {
        match w.rng.int(0, 2) {
            0 => w.line(format!("{u}{y}年度部门整体支出绩效评价报告")),
            1 => {
                w.line(format!("{y}年度{u}"));
                w.line("整体支出绩效自评报告");
            }
            _ => w.line(format!("{u}关于{y}年度部门整体支出绩效自评情况的报告")),
        }
    }
    w.line("根据全面实施预算绩效管理的有关要求，我单位对部门整体支出开展了绩效自评，现将有关情况报告如下：");
    w.heading("部门（单位）基本情况");
    w.line("（一）部门职能职责");
    w.filler(DUTIES, 3, 6);
    w.line("（二）机构设置情况");
    w.filler(ORG, 1, 2);
    w.line("（三）人员编制情况");
    let (q, a) = (w.st(StaffQuota, f[&StaffQuota]), w.st(StaffActual, f[&StaffActual]));
    if w.rng.chance(0.5) {
        w.line(format!("{y}年末，我单位共有编制{q}人，年末实有在职人员{a}人。"));
    } else {
        w.line(format!("{u}核定编制{q}名，实有在职人员{a}名。"));
    }
    w.heading("一般公共预算支出情况");
    let rate = r2(f[&ActualTotal] / f[&BudgetTotal] * 100.0);
    let (b, t) = (w.st(BudgetTotal, f[&BudgetTotal]), w.st(ActualTotal, f[&ActualTotal]));
    match w.rng.int(0, 2) {
        0 => w.line(format!("{y}年年初预算数为{b}万元，全年实际支出{t}万元。")),
        1 => w.line(format!("年初预算{b}万元，支出{t}万元。")),
        _ => {
            let r = w.st(ExecutionRateStated, rate);
            w.line(format!("{y}年度部门预算总额{b}万元，决算数{t}万元，预算执行率{r}%。"))
        }
    }
    if c.planted == Some(Planted::YuanSlip) || w.rng.chance(0.2) {
        // line items adding up to the budget; a slip writes two of them in 元 (the seed 002 pattern)
        let a1 = r2((f[&BudgetTotal] * 0.45).round().max(1.0));
        let a2 = r2((f[&BudgetTotal] * 0.35).round().max(1.0));
        let a3 = r2(f[&BudgetTotal] - a1 - a2);
        let slip = c.planted == Some(Planted::YuanSlip);
        if slip {
            w.gold.notes.push(Planted::YuanSlip.note().into());
        }
        let u2 = if slip { "元" } else { "万元" };
        let items = format!(
            "①禁毒社会化工作经费{}万元，用于禁毒预防宣传教育；②特殊违法犯罪人员收治经费{}{u2}，已全部用于特殊违法犯罪人员收治；③社区戒毒社区康复人员毛发验毒经费{}{u2}，已全部支付第三方公司。",
            money(a1),
            money(a2),
            money(a3)
        );
        // on the budget's own line, as the seed writes it
        if let Some(l) = w.lines.last_mut() {
            l.push_str(&items);
        }
    }
    w.line("（一）基本支出情况");
    let mut public_a = f[&PublicActual];
    if c.planted == Some(Planted::PartsMismatch) {
        public_a = r2(public_a + w.rng.range(3.0, 15.0));
        w.gold.notes.push(Planted::PartsMismatch.note().into());
    }
    if w.rng.chance(0.6) {
        let bb = w.st(BasicBudget, f[&BasicBudget]);
        let pb = w.st(PersonnelBudget, f[&PersonnelBudget]);
        let ub = w.st(PublicBudget, f[&PublicBudget]);
        let ba = w.st(BasicActual, f[&BasicActual]);
        let pa = w.st(PersonnelActual, f[&PersonnelActual]);
        let ua = w.st(PublicActual, public_a);
        let delta = match c.prev {
            Some(p) if f[&BasicActual] >= p[&BasicActual] => {
                format!("，较上年增加{}万元", money(f[&BasicActual] - p[&BasicActual]))
            }
            Some(p) => format!("，较上年减少{}万元", money(p[&BasicActual] - f[&BasicActual])),
            None => String::new(),
        };
        w.line(format!(
            "{y}年基本支出预算数{bb}万元，其中：人员经费{pb}万元，公用经费{ub}万元；决算数{ba}万元，其中：人员经费{pa}万元，公用经费{ua}万元{delta}。基本支出主要用于基本工资、津贴补贴、办公费、印刷费、差旅费等。"
        ));
    } else {
        let ba = w.st(BasicActual, f[&BasicActual]);
        let pa = w.st(PersonnelActual, f[&PersonnelActual]);
        let ua = w.st(PublicActual, public_a);
        let delta = match c.prev {
            Some(p) if f[&BasicActual] >= p[&BasicActual] => {
                format!("，较上年增加{}万元", money(f[&BasicActual] - p[&BasicActual]))
            }
            Some(p) => format!("，较上年减少{}万元", money(p[&BasicActual] - f[&BasicActual])),
            None => String::new(),
        };
        w.line(format!("{y}年基本支出{ba}万元{delta}。基本支出中人员经费{pa}万元；日常公用经费{ua}万元，主要用于办公费、水电费、差旅费等。"));
    }
    let (sb, sa) = (w.st(SangongBudget, f[&SangongBudget]), w.st(SangongActual, f[&SangongActual]));
    w.line(format!("“三公”年初预算数{sb}万元，本年决算支出数{sa}万元。"));
    w.line("（二）项目支出情况");
    let jb = w.st(ProjectBudget, f[&ProjectBudget]);
    let ja = w.st(ProjectActual, f[&ProjectActual]);
    w.line(format!(
        "{y}年项目支出预算数{jb}万元，本年项目支出决算数{ja}万元，主要用于禁毒宣传、社区戒毒康复等业务工作。"
    ));
    w.heading("部门整体支出绩效情况");
    w.filler(WORK, 3, 7);
    w.filler(WORK, 2, 5);
    results(&mut w, c, true);
    w.heading("自评结论");
    let s = w.st(SelfScore, f[&SelfScore]);
    if w.rng.chance(0.5) {
        w.line(format!("根据年初设定的绩效目标，绩效自评得分为{s}分。"));
    } else {
        w.line(format!("经自评，{y}年度部门整体支出绩效自评得分{s}分，评价等级为“优”。"));
    }
    w.heading("存在的问题及原因分析");
    w.filler(PROBLEMS, 3, 5);
    w.heading("下一步改进措施");
    w.filler(NEXT, 3, 5);
    w.heading("绩效自评结果应用和公开情况");
    w.line("下一步将根据绩效自评发现的问题加以改进，并按政务公开的有关规定，及时将部门整体支出绩效自评报告通过门户网站向社会公开。");
    if w.rng.chance(0.3) {
        // next year's plans: targets for a later year, no figure of this one
        let ev = fmt_num((f[&PublicityEvents] * 1.1).round());
        w.line(format!("{}年力争全{lvl}禁毒宣传活动达到{ev}场次。", y + 1));
    }
    w.done(if markdown { "whole_markdown" } else { "whole_prose" })
}

/// The drug-control results paragraph(s), with the field's traps; `target` adds the year's
/// targets beside them (and the 未完成原因 section).
fn results(w: &mut W, c: &Ctx, target: bool) {
    use Field::*;
    let (f, lvl) = (c.f, c.lvl());
    let mut p = String::new();
    if w.rng.chance(0.8) {
        let cc = w.st(CriminalCases, f[&CriminalCases]);
        let d = w.st(Detained, f[&Detained]);
        let pr = w.st(Prosecuted, f[&Prosecuted]);
        p.push_str(&format!(
            "全年共侦破毒品刑事案件{cc}起，刑事拘留毒品犯罪嫌疑人{d}人，移送起诉毒品犯罪嫌疑人{pr}人；"
        ));
        let uc = w.st(UsersCaught, f[&UsersCaught]);
        let cr = w.st(CompulsoryRehab, f[&CompulsoryRehab]);
        p.push_str(&format!("查处吸毒违法嫌疑人{uc}人，强制隔离戒毒{cr}人。"));
    }
    if w.rng.chance(0.8) {
        let pe = w.st(PublicityEvents, f[&PublicityEvents]);
        match c.prev {
            Some(pv) if f[&PublicityEvents] > pv[&PublicityEvents] && w.rng.chance(0.5) => {
                let d = count(f[&PublicityEvents] - pv[&PublicityEvents]);
                p.push_str(&format!("全年禁毒宣传活动比上年增加{d}场次，达到{pe}场次。"));
            }
            _ => p.push_str(&format!("全年组织开展禁毒宣传{pe}场次。")),
        }
    }
    if w.rng.chance(0.6) {
        let ww = w.st(WastewaterTests, f[&WastewaterTests]);
        // 余: a rounded figure, read as approximate
        let urine = (f[&UrineTests] / 100.0).round() * 100.0;
        let ut = w.st(UrineTests, urine.max(100.0));
        p.push_str(&format!("全{lvl}共开展污水采样检测{ww}次，涉毒尿检{ut}余次。"));
    }
    if !p.is_empty() {
        w.line(p);
    }
    let mut p = String::new();
    let ru = w.st(RegisteredUsers, f[&RegisteredUsers]);
    if w.rng.chance(0.3) {
        let h = w.st(RiskHigh, f[&RiskHigh]);
        let m = w.st(RiskMedium, f[&RiskMedium]);
        let l = w.st(RiskLow, f[&RiskLow]);
        p.push_str(&format!("全{lvl}现有在册吸毒人员{ru}人，其中高风险人员{h}名，中风险人员{m}名，低风险人员{l}名。"));
    } else {
        p.push_str(&format!("全{lvl}现有在册吸毒人员{ru}人"));
        let nu = w.st(NewUsers, f[&NewUsers]);
        match c.prev {
            Some(pv) if pv[&NewUsers] > f[&NewUsers] => {
                let pct = ((1.0 - f[&NewUsers] / pv[&NewUsers]) * 100.0).round();
                p.push_str(&format!("，新增吸毒人员{nu}人，较去年同期{}人下降{pct}%。", count(pv[&NewUsers])));
            }
            _ => p.push_str(&format!("，新增吸毒人员{nu}人。")),
        }
    }
    let mut control = f[&ControlRate];
    let mut goal = None;
    if target {
        let t = if c.planted == Some(Planted::MissedTarget) {
            control = ((98.0 - w.rng.range(2.0, 5.0)) * 10.0).round() / 10.0;
            w.gold.notes.push(Planted::MissedTarget.note().into());
            98.0
        } else {
            (control - w.rng.range(1.0, 4.0)).floor().max(85.0)
        };
        goal = Some(t);
    }
    let cc = w.st(CommunityCases, f[&CommunityCases]);
    let cr = w.st(ControlRate, control);
    p.push_str(&format!("在册社区戒毒社区康复人员{cc}人，管控率达到{cr}%，复吸率控制在15%以下。"));
    w.gold.bounds.insert(RelapseRate, "<15".into());
    if w.rng.chance(0.5) {
        let h = w.st(HairTests, f[&HairTests]);
        let hp = w.st(HairPositive, f[&HairPositive]);
        p.push_str(&format!("组织开展毛发检测{h}人，检出阳性{hp}人。"));
    }
    if w.rng.chance(0.6) {
        let a = w.st(Abstinence3yRate, f[&Abstinence3yRate]);
        let last = c.prev.map(|pv| fmt_num(pv[&Abstinence3yRate]));
        match (w.rng.int(0, 6), last) {
            (0, Some(l)) => p.push_str(&format!("戒断三年未复吸巩固率由去年的{l}%提高至{a}%。")),
            (1 | 2, Some(l)) => p.push_str(&format!("戒断三年未复吸率为{a}%，上年为{l}%。")),
            (3, Some(l)) => p.push_str(&format!("戒断三年未复吸人员占比{a}%（上年为{l}%）。")),
            (3, None) => p.push_str(&format!("戒断三年未复吸人员占比{a}%。")),
            _ => p.push_str(&format!("戒断三年未复吸巩固率达到{a}%。")),
        }
    }
    if let Some(t) = goal {
        w.line(format!("年度绩效目标：力争社区戒毒社区康复人员管控率达到{}%，复吸率控制在15%以下。", fmt_num(t)));
    }
    w.line(p);
    if goal.is_some() {
        w.line("（二）绩效目标未完成原因分析");
        w.line("无。");
    }
}

/// A whole-unit 部门整体支出绩效自评表, flattened with tabs (or a .docx table).
pub fn whole_table(rng: &mut Rng, c: &Ctx) -> Doc {
    use Field::*;
    let (u, y, f) = (&c.unit.name, c.year, c.f);
    let mut w = W::new(rng, u, Kind::Whole, y);
    w.line("部门整体支出绩效自评表");
    w.line(format!("（{y}年度）"));
    w.line(format!("单位名称\t{u}"));
    let early = r2(f[&BudgetTotal] * w.rng.range(0.85, 1.0));
    let b = w.st(BudgetTotal, f[&BudgetTotal]);
    let a = w.st(ActualTotal, f[&ActualTotal]);
    let rate = w.st(ExecutionRateStated, r2(f[&ActualTotal] / f[&BudgetTotal] * 100.0));
    let score = fmt_num(r2(f[&ActualTotal] / f[&BudgetTotal] * 10.0));
    w.line("年度预算执行情况（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分");
    w.line(format!("\t年度资金总额\t{}\t{b}\t{a}\t10\t{rate}%\t{score}", money(early)));
    let (bb, ba) = (w.st(BasicBudget, f[&BasicBudget]), w.st(BasicActual, f[&BasicActual]));
    w.line(format!("\t其中：基本支出\t{}\t{bb}\t{ba}\t—\t—\t—", money(f[&BasicBudget] * 0.95)));
    let (jb, ja) = (w.st(ProjectBudget, f[&ProjectBudget]), w.st(ProjectActual, f[&ProjectActual]));
    w.line(format!("\t项目支出\t{}\t{jb}\t{ja}\t—\t—\t—", money(f[&ProjectBudget] * 0.9)));
    w.line("年度总体目标\t预期目标\t实际完成情况");
    w.line("\t保障禁毒工作正常开展，完成年度禁毒工作任务。\t已完成年度禁毒工作任务。");
    w.line("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施");
    let cc = w.st(CriminalCases, f[&CriminalCases]);
    w.line(format!("产出指标\t数量指标\t破获毒品刑事案件\t≥{}起\t{cc}起\t10\t10\t", count(f[&CriminalCases] * 0.8)));
    let pe = w.st(PublicityEvents, f[&PublicityEvents]);
    w.line(format!("\t\t禁毒宣传活动场次\t≥{}场\t{pe}场\t10\t10\t", count(f[&PublicityEvents] * 0.85)));
    let cr = w.st(ControlRate, f[&ControlRate]);
    w.line(format!("\t质量指标\t社区戒毒社区康复人员管控率\t≥90%\t{cr}%\t10\t10\t"));
    let ru = w.st(RegisteredUsers, f[&RegisteredUsers]);
    w.line(format!("效益指标\t社会效益指标\t在册吸毒人员\t≤{}人\t{ru}人\t10\t10\t", count(f[&RegisteredUsers] * 1.1)));
    w.line("满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t达标\t10\t10\t");
    let s = w.st(SelfScore, f[&SelfScore]);
    w.line(format!("总分\t\t\t\t\t100\t{s}\t"));
    w.done("whole_table")
}

/// A project's money and results, from its unit-year.
pub struct Project {
    pub name: &'static str,
    pub unit: String,
    pub budget: f64,
    pub actual: f64,
}

pub fn project(rng: &mut Rng, c: &Ctx) -> Project {
    let f = c.f;
    let budget = r2((f[&Field::ProjectBudget] * rng.range(0.15, 0.5)).max(5.0));
    let mut actual = r2(budget * rng.range(0.85, 1.0));
    if c.planted == Some(Planted::Overspend) {
        actual = r2(budget * rng.range(1.3, 2.2));
    }
    let (name, unit) = match rng.int(0, 2) {
        0 => ("社区戒毒专项工作经费", format!("{}司法局", c.unit.county)),
        1 => ("禁毒专项经费", format!("{}公安局", c.unit.county)),
        _ => ("禁毒宣传教育专项经费", c.unit.name.clone()),
    };
    Project { name, unit, budget, actual }
}

/// A project report in prose (财政专项资金绩效评价报告).
pub fn project_prose(rng: &mut Rng, c: &Ctx, pj: &Project) -> Doc {
    use Field::*;
    let (y, f, lvl) = (c.year, c.f, c.lvl());
    let mut w = W::new(rng, &pj.unit, Kind::Project, y);
    w.line("财政专项资金绩效评价报告");
    w.line(format!("（项目：{}）", pj.name));
    w.line(pj.unit.clone());
    w.heading("项目概况");
    w.filler(DUTIES, 1, 3);
    let b = w.st(BudgetTotal, pj.budget);
    w.line(format!("{y}年度{lvl}财政拨付我单位{}{b}万元。", pj.name));
    w.heading("项目资金使用及管理情况");
    let a = w.st(ActualTotal, pj.actual);
    w.line(format!("{y}年该项目实际开支{a}万元。"));
    if c.planted == Some(Planted::Overspend) {
        w.gold.notes.push(Planted::Overspend.note().into());
    }
    w.line("工作经费到位后，按规定设立管理专账，专款专用，无截留、占用和挪用情况。");
    w.heading("项目绩效情况");
    let cc = w.st(CommunityCases, f[&CommunityCases]);
    let cr = w.st(ControlRate, f[&ControlRate]);
    w.line(format!(
        "全{lvl}目前在册社区戒毒康复人员达到{cc}人，对于社区戒毒人员的管控率达到{cr}%，在册人员目前保持操守良好。"
    ));
    w.heading("其它需要说明的情况");
    w.filler(NEXT, 2, 4);
    w.done("project_prose")
}

/// A 项目支出绩效自评表 flattened with tabs (or a .docx table).
pub fn project_table(rng: &mut Rng, c: &Ctx, pj: &Project) -> Doc {
    use Field::*;
    let (y, f) = (c.year, c.f);
    let mut w = W::new(rng, &pj.unit, Kind::Project, y);
    w.line("项目支出绩效自评表");
    w.line(format!("（{y}年度）"));
    w.line(format!("项目名称\t{}", pj.name));
    w.line(format!("主管部门\t{}\t实施单位\t{}", pj.unit, pj.unit));
    let b = w.st(BudgetTotal, pj.budget);
    let a = w.st(ActualTotal, pj.actual);
    let r = w.st(ExecutionRateStated, r2(pj.actual / pj.budget * 100.0));
    let early = money(pj.budget * 0.9);
    w.line("项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分");
    w.line(format!(
        "\t年度资金总额\t{early}\t{b}\t{a}\t10\t{r}%\t{}",
        fmt_num(r2((pj.actual / pj.budget).min(1.0) * 10.0))
    ));
    w.line(format!("\t其中：当年财政拨款\t{early}\t{b}\t{a}\t—\t—\t—"));
    w.line("\t上年结转资金\t0\t0\t0\t—\t—\t—");
    w.line("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施");
    let cc = w.st(CommunityCases, f[&CommunityCases]);
    w.line(format!(
        "产出指标\t数量指标\t在册社区戒毒康复人员\t≥{}人\t{cc}人\t20\t20\t",
        count(f[&CommunityCases] * 0.9)
    ));
    let cr = w.st(ControlRate, f[&ControlRate]);
    w.line(format!("\t质量指标\t社区戒毒康复人员管控率\t≥90%\t{cr}%\t20\t20\t"));
    let ut = w.st(UrineTests, f[&UrineTests]);
    w.line(format!("\t\t尿检次数\t≥{}次\t{ut}次\t10\t10\t", count(f[&UrineTests] * 0.8)));
    let s = w.st(SelfScore, f[&SelfScore]);
    w.line(format!("总分\t\t\t\t\t100\t{s}\t"));
    w.done("project_table")
}

/// A drug-control project report (重点项目绩效自评报告); `bundled` appends an unrelated
/// report (蓝天办, air quality) with its own money, which must yield no record.
pub fn project_key(rng: &mut Rng, c: &Ctx, pj: &Project, bundled: bool) -> Doc {
    use Field::*;
    let (y, f, county) = (c.year, c.f, &c.unit.county);
    let mut w = W::new(rng, &format!("{county}禁毒委员会办公室"), Kind::Project, y);
    w.line(format!("{y}年度禁毒办重点项目绩效自评报告"));
    w.line("1、 重点项目支出基本情况");
    let b = w.st(BudgetTotal, pj.budget);
    let a = w.st(ActualTotal, pj.actual);
    w.line(format!("{y}年{county}禁毒办专项项目年初支出预算为{b}万元。项目实际支出为{a}万元。禁毒办专项项目主要用于禁毒宣传、拨付街道社区禁毒工作经费、污水涉毒成分检测等方面。"));
    if c.planted == Some(Planted::Overspend) {
        w.gold.notes.push(Planted::Overspend.note().into());
    }
    w.blank();
    w.line("2、 绩效评价工作情况和主要绩效");
    w.filler(WORK, 1, 3);
    let cc = w.st(CriminalCases, f[&CriminalCases]);
    let d = w.st(Detained, f[&Detained]);
    let pe = w.st(PublicityEvents, f[&PublicityEvents]);
    w.line(format!("全年共侦破毒品刑事案件{cc}起，刑事拘留毒品犯罪嫌疑人{d}人。全年组织开展禁毒宣传{pe}场次。"));
    if bundled {
        let sky = r2(w.rng.range(20.0, 90.0));
        let spent = r2(sky * w.rng.range(0.9, 1.0));
        w.blank();
        w.line(format!("{y}年度蓝天办重点项目绩效自评报告"));
        w.line("1、重点项目支出基本情况");
        w.line(format!(
            "{y}年蓝天办专项项目年初预算为{}万元，项目实际支出为{}万元，主要用于大气污染防治。",
            money(sky),
            money(spent)
        ));
        w.line("2、绩效评价工作情况和主要绩效");
        w.line("持续开展扬尘污染治理和秸秆禁烧巡查，空气质量持续改善。");
        w.gold.notes.push("bundled with an unrelated 蓝天办 report: no record, no figures from it".into());
        return w.done("project_bundled");
    }
    w.done("project_key")
}

/// A year-end work summary (工作总结): results, no budget.
pub fn summary(rng: &mut Rng, c: &Ctx) -> Doc {
    let (y, u) = (c.year, &c.unit.name);
    let mut w = W::new(rng, u, Kind::Summary, y);
    w.blank();
    w.line(format!("{u}{y}年禁毒工作总结"));
    w.blank();
    w.line(format!("{y}年，在党委、政府的坚强领导下，全{}禁毒工作取得新成效。", c.lvl()));
    w.filler(WORK, 2, 4);
    results(&mut w, c, false);
    w.filler(NEXT, 1, 3);
    w.done("summary")
}
