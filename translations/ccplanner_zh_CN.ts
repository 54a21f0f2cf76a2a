<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
</context>
<context>
    <name>ccp::CatalogStore</name>
    <message>
        <source>%1: cannot read the built-in catalog</source>
        <translation>%1：无法读取内置目录</translation>
    </message>
    <message>
        <source>%1: not a valid JSON object (%2)</source>
        <translation>%1：不是有效的 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>%1: unknown catalog kind &quot;%2&quot;</source>
        <translation>%1：未知的目录类型“%2”</translation>
    </message>
    <message>
        <source>%1: a record is not an object</source>
        <translation>%1：某条记录不是对象</translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; appears twice</source>
        <translation>%1：id“%2”出现了两次</translation>
    </message>
    <message>
        <source>%1: cannot open the catalog database: %2</source>
        <translation>%1：无法打开目录数据库：%2</translation>
    </message>
    <message>
        <source>Catalog database: %1</source>
        <translation>目录数据库：%1</translation>
    </message>
    <message>
        <source>%1: a built-in entry has this id; clone it under a new id</source>
        <translation>%1：已有内置条目使用此 id；请以新 id 克隆该条目</translation>
    </message>
    <message>
        <source>%1: record without a valid lower-case id</source>
        <translation>%1：记录缺少有效的小写 id</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1：未知的键“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not text</source>
        <translation>%1：“%2”缺失或不是文本</translation>
    </message>
    <message>
        <source>%1: confidence must be H, M, L or U</source>
        <translation>%1：置信度必须为 H、M、L 或 U</translation>
    </message>
    <message>
        <source>%1: &quot;estimates&quot; must be a list of keys</source>
        <translation>%1：“estimates”必须是键的列表</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1：“%2”必须是数字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must not be negative</source>
        <translation>%1：“%2”不能为负数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number</source>
        <translation>%1：“%2”必须是整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1：“%2”必须为 true 或 false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known market status</source>
        <translation>%1：“%2”不是已知的市场状态</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text</source>
        <translation>%1：“%2”必须是文本</translation>
    </message>
</context>
<context>
    <name>ccp::CommandLine</name>
    <message>
        <source>%1 hundred million CNY</source>
        <translation>%1 亿元</translation>
    </message>
    <message>
        <source>%1 ten thousand CNY</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source>Cards / servers / racks</source>
        <translation>加速卡 / 服务器 / 机柜</translation>
    </message>
    <message>
        <source>Network tiers / switches / links</source>
        <translation>网络层级 / 交换机 / 链路</translation>
    </message>
    <message>
        <source>IT / facility power (provisioned)</source>
        <translation>IT / 设施功率（配置容量）</translation>
    </message>
    <message>
        <source>%1 kW / %2 kW</source>
        <translation>%1 kW / %2 kW</translation>
    </message>
    <message>
        <source>Nameplate BF16 / effective</source>
        <translation>标称 BF16 / 有效算力</translation>
    </message>
    <message>
        <source>%1 PFLOPS / %2 PFLOPS</source>
        <translation>%1 PFLOPS / %2 PFLOPS</translation>
    </message>
    <message>
        <source>MFU / goodput</source>
        <translation>MFU / goodput</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>not within horizon</source>
        <translation>不在测算期内</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>折现投资回收期</translation>
    </message>
    <message>
        <source>Breakeven utilization</source>
        <translation>盈亏平衡利用率</translation>
    </message>
    <message>
        <source>Levelized cost per card-hour</source>
        <translation>平准化每卡时成本</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>%1 days on %2 cards</source>
        <translation>%2 张卡上需 %1 天</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>(money in ten thousand CNY)</source>
        <translation>（金额单位：万元）</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>catalog: unexpected argument &quot;%1&quot;</source>
        <translation>catalog：意外的参数“%1”</translation>
    </message>
    <message>
        <source>Project file (.json); the built-in example when omitted.</source>
        <translation>项目文件（.json）；省略时使用内置示例。</translation>
    </message>
    <message>
        <source>Evaluate the scenario with this name.</source>
        <translation>评估指定名称的场景。</translation>
    </message>
    <message>
        <source>Evaluate every scenario.</source>
        <translation>评估所有场景。</translation>
    </message>
    <message>
        <source>Override one input (dotted key).</source>
        <translation>覆盖一项输入（点分隔的键）。</translation>
    </message>
    <message>
        <source>eval: unexpected argument &quot;%1&quot;</source>
        <translation>eval：意外的参数“%1”</translation>
    </message>
    <message>
        <source>eval: use either --scenario or --all</source>
        <translation>eval：--scenario 与 --all 只能使用其一</translation>
    </message>
    <message>
        <source>--scenario: no scenario named &quot;%1&quot; (the project has: %2)</source>
        <translation>--scenario：没有名为“%1”的场景（项目中有：%2）</translation>
    </message>
    <message>
        <source>Usage:
  ccplanner [FILE]                 open the planner (built-in example project when no FILE)
  ccplanner eval [FILE] [--scenario NAME | --all] [--set KEY=VALUE]... [--json]
  ccplanner catalog [--json]
FILE is a project JSON file. Exit status: 0 success, 2 bad input, 1 internal error.
</source>
        <translation>用法：
  ccplanner [FILE]                 打开规划器（未指定 FILE 时使用内置示例项目）
  ccplanner eval [FILE] [--scenario NAME | --all] [--set KEY=VALUE]... [--json]
  ccplanner catalog [--json]
FILE 为项目 JSON 文件。退出状态：0 成功，2 输入有误，1 内部错误。
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>ccp::KeyFiguresView</name>
    <message>
        <source>%1 million CNY</source>
        <translation>%1 百万元</translation>
    </message>
    <message>
        <source>Cards / servers / racks:</source>
        <translation>加速卡 / 服务器 / 机柜：</translation>
    </message>
    <message>
        <source>Nameplate BF16:</source>
        <translation>标称 BF16：</translation>
    </message>
    <message>
        <source>%1 PFLOPS</source>
        <translation>%1 PFLOPS</translation>
    </message>
    <message>
        <source>Effective (estimate):</source>
        <translation>有效算力（估算）：</translation>
    </message>
    <message>
        <source>%1 PFLOPS (MFU %2, goodput %3)</source>
        <translation>%1 PFLOPS（MFU %2，goodput %3）</translation>
    </message>
    <message>
        <source>IT / facility power:</source>
        <translation>IT / 设施功率：</translation>
    </message>
    <message>
        <source>%1 MW / %2 MW</source>
        <translation>%1 MW / %2 MW</translation>
    </message>
    <message>
        <source>Capex:</source>
        <translation>资本支出：</translation>
    </message>
    <message>
        <source>NPV:</source>
        <translation>净现值：</translation>
    </message>
    <message>
        <source>IRR:</source>
        <translation>内部收益率：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Payback:</source>
        <translation>投资回收期：</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>not within horizon</source>
        <translation>不在测算期内</translation>
    </message>
    <message>
        <source>Breakeven utilization:</source>
        <translation>盈亏平衡利用率：</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法达到</translation>
    </message>
</context>
<context>
    <name>ccp::MainWindow</name>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>%1 — Compute Center Planner</source>
        <translation>%1 — 算力中心规划器</translation>
    </message>
    <message>
        <source>Figures marked as estimates rest on estimated catalog values.</source>
        <translation>标记为估算的数值基于目录中的估算值。</translation>
    </message>
</context>
<context>
    <name>ccp::Messages</name>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <source>%1: wrong type of value</source>
        <translation>%1：值的类型错误</translation>
    </message>
    <message>
        <source>%1: invalid value &quot;%2&quot;</source>
        <translation>%1：无效的值“%2”</translation>
    </message>
    <message>
        <source>%1: missing (required)</source>
        <translation>%1：缺失（必填）</translation>
    </message>
    <message>
        <source>%1: out of range (allowed %2 to %3)</source>
        <translation>%1：超出范围（允许 %2 至 %3）</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1：必须是整数</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1：不能为空</translation>
    </message>
    <message>
        <source>%1: no catalog entry with id &quot;%2&quot;</source>
        <translation>%1：目录中没有 id 为“%2”的条目</translation>
    </message>
    <message>
        <source>%1: server &quot;%2&quot; does not carry the chosen card</source>
        <translation>%1：服务器“%2”不搭载所选加速卡</translation>
    </message>
    <message>
        <source>%1: segment shares add up to %2, more than 1</source>
        <translation>%1：各细分市场占比之和为 %2，大于 1</translation>
    </message>
    <message>
        <source>%1: phase shares add up to %2, not 1</source>
        <translation>%1：各阶段占比之和为 %2，不等于 1</translation>
    </message>
    <message>
        <source>%1: no such element (index out of range)</source>
        <translation>%1：没有该元素（索引超出范围）</translation>
    </message>
    <message>
        <source>Rack budget below one server</source>
        <translation>机柜功率预算不足一台服务器</translation>
    </message>
    <message>
        <source>Liquid cooling needed</source>
        <translation>需要液冷</translation>
    </message>
    <message>
        <source>Grid capacity exceeded</source>
        <translation>超出电网容量</translation>
    </message>
    <message>
        <source>Energy quota exceeded</source>
        <translation>超出能耗指标</translation>
    </message>
    <message>
        <source>PUE above the hub limit</source>
        <translation>PUE 高于枢纽节点限值</translation>
    </message>
    <message>
        <source>Several IRR values</source>
        <translation>存在多个内部收益率</translation>
    </message>
    <message>
        <source>No IRR</source>
        <translation>无内部收益率</translation>
    </message>
    <message>
        <source>No payback within the horizon</source>
        <translation>测算期内无法收回投资</translation>
    </message>
    <message>
        <source>Fabric too small</source>
        <translation>网络规模过小</translation>
    </message>
    <message>
        <source>Training misses its deadline</source>
        <translation>训练无法按期完成</translation>
    </message>
    <message>
        <source>Not enough accelerator memory</source>
        <translation>加速卡显存不足</translation>
    </message>
    <message>
        <source>Utilization below hub occupancy rule</source>
        <translation>利用率低于枢纽节点上架率要求</translation>
    </message>
    <message>
        <source>A server needs %1 kW but the rack budget is %2 kW; one server per rack assumed.</source>
        <translation>一台服务器需要 %1 kW，但机柜功率预算为 %2 kW；按每机柜一台服务器计算。</translation>
    </message>
    <message>
        <source>Racks draw %1 kW, above about %2 kW: air cooling will not do; plan liquid cooling.</source>
        <translation>机柜功耗 %1 kW，超过约 %2 kW：风冷无法满足，请规划液冷。</translation>
    </message>
    <message>
        <source>Facility power %1 kW exceeds the grid capacity of %2 kW.</source>
        <translation>设施功率 %1 kW 超过电网容量 %2 kW。</translation>
    </message>
    <message>
        <source>Annual energy %1 MWh exceeds the energy quota of %2 MWh.</source>
        <translation>年用电量 %1 MWh 超过能耗指标 %2 MWh。</translation>
    </message>
    <message>
        <source>PUE %1 is above the hub&apos;s limit of %2.</source>
        <translation>PUE %1 高于枢纽节点限值 %2。</translation>
    </message>
    <message>
        <source>The cash flows change sign several times: %1 rates give NPV = 0; the IRR shown is the one closest to zero.</source>
        <translation>现金流多次变号：有 %1 个折现率使净现值为 0；所示内部收益率为最接近零的那个。</translation>
    </message>
    <message>
        <source>No discount rate makes the NPV zero: there is no IRR.</source>
        <translation>没有任何折现率能使净现值为零：不存在内部收益率。</translation>
    </message>
    <message>
        <source>The investment does not pay back within the %1-month horizon.</source>
        <translation>在 %1 个月的测算期内无法收回投资。</translation>
    </message>
    <message>
        <source>%1 endpoints exceed what a three-tier fabric of this switch can carry (%2).</source>
        <translation>%1 个端点超出了该交换机三层网络所能承载的数量（%2）。</translation>
    </message>
    <message>
        <source>The training job takes %1 days, longer than the %2-day target.</source>
        <translation>训练任务需要 %1 天，超过 %2 天的目标。</translation>
    </message>
    <message>
        <source>Training state needs about %1 GB of accelerator memory; the job&apos;s cards have %2 GB.</source>
        <translation>训练状态约需 %1 GB 加速卡显存；该任务所用加速卡仅有 %2 GB。</translation>
    </message>
    <message>
        <source>Steady-state utilization %1 is below the %2 occupancy that hub approvals expect.</source>
        <translation>稳态利用率 %1 低于枢纽节点审批所要求的上架率 %2。</translation>
    </message>
</context>
<context>
    <name>ccp::ProjectLoader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1：是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>%1: unsupported file type (expected a .json project)</source>
        <translation>%1：不支持的文件类型（应为 .json 项目文件）</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: too large for a project file</source>
        <translation>%1：文件过大，不是有效的项目文件</translation>
    </message>
</context>
<context>
    <name>ccp::ScenarioJson</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（位于字节 %2 处：%1）</translation>
    </message>
    <message>
        <source>not a project: the top level is not an object</source>
        <translation>不是项目：顶层不是对象</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <source>format: not a Compute Center Planner project (expected &quot;ccplanner-project&quot;)</source>
        <translation>format：不是算力中心规划器项目（应为“ccplanner-project”）</translation>
    </message>
    <message>
        <source>schema_version: must be a whole number from 1</source>
        <translation>schema_version：必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>schema_version %1: the file was written by a newer version of Compute Center Planner (this one reads up to %2)</source>
        <translation>schema_version %1：该文件由更新版本的算力中心规划器写入（本版本最高支持读取 %2）</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1：必须是文本</translation>
    </message>
    <message>
        <source>catalog: must be an object</source>
        <translation>catalog：必须是对象</translation>
    </message>
    <message>
        <source>catalog.%1: must be a list</source>
        <translation>catalog.%1：必须是列表</translation>
    </message>
    <message>
        <source>catalog.%1: unknown key</source>
        <translation>catalog.%1：未知的键</translation>
    </message>
    <message>
        <source>scenarios: the project needs at least one scenario</source>
        <translation>scenarios：项目至少需要一个场景</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>--set %1: expected KEY=VALUE</source>
        <translation>--set %1：应为 KEY=VALUE</translation>
    </message>
</context>
</TS>
