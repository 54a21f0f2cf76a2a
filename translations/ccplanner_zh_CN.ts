<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot load the catalog</source>
        <translation>无法加载目录</translation>
    </message>
    <message>
        <source>Catalog entries left out</source>
        <translation>目录条目未载入</translation>
    </message>
    <message>
        <source>These entries of your own catalog cannot be used and were left out:</source>
        <translation>您自建目录中的以下条目无法使用，已略去：</translation>
    </message>
</context>
<context>
    <name>ccp::AnnualChart</name>
    <message>
        <source>Annual revenue, opex and capex</source>
        <translation>年度收入、运营成本与资本支出</translation>
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
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Year %1, %2: %3 million CNY</source>
        <translation>第 %1 年，%2：%3 百万元</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Amount (million CNY)</source>
        <translation>金额（百万元）</translation>
    </message>
</context>
<context>
    <name>ccp::ArrayTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ccp::Batch</name>
    <message>
        <source>--fields: no result key &quot;%1&quot;</source>
        <translation>--fields：结果中没有键“%1”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>empty line (expected a JSON object of overrides)</source>
        <translation>空行（应为一个覆盖输入的 JSON 对象）</translation>
    </message>
    <message>
        <source>not a JSON object of overrides (column %1)</source>
        <translation>不是覆盖输入的 JSON 对象（第 %1 列）</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>ccp::BomModel</name>
    <message>
        <source>servers</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Leaf switches: %1</source>
        <translation>叶交换机：%1</translation>
    </message>
    <message>
        <source>Spine switches: %1</source>
        <translation>脊交换机：%1</translation>
    </message>
    <message>
        <source>Core switches: %1</source>
        <translation>核心交换机：%1</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>台</translation>
    </message>
    <message>
        <source>NICs: %1</source>
        <translation>网卡：%1</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>块</translation>
    </message>
    <message>
        <source>Optical transceivers: %1</source>
        <translation>光模块：%1</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Cables: %1</source>
        <translation>线缆：%1</translation>
    </message>
    <message>
        <source>cables</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <source>Facility: building, power and cooling</source>
        <translation>基础设施：建筑、供电与制冷</translation>
    </message>
    <message>
        <source>kW of IT</source>
        <translation>kW（IT）</translation>
    </message>
    <message>
        <source>Preset of %1: %2</source>
        <translation>%1 的预设值：%2</translation>
    </message>
    <message>
        <source>Installation &amp; integration</source>
        <translation>安装与集成</translation>
    </message>
    <message>
        <source>of equipment</source>
        <translation>占设备投资</translation>
    </message>
    <message>
        <source>Software platform</source>
        <translation>软件平台</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>套</translation>
    </message>
    <message>
        <source>Total capex</source>
        <translation>资本支出合计</translation>
    </message>
    <message>
        <source>Estimate: not a published figure.</source>
        <translation>估算值：非公开发布数据。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Total (CNY)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Land use right</source>
        <translation>土地使用权</translation>
    </message>
</context>
<context>
    <name>ccp::BreakdownChart</name>
    <message>
        <source>Capex and opex breakdown</source>
        <translation>资本支出与运营成本构成</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Capex
%1
million CNY</source>
        <translation>资本支出
%1
百万元</translation>
    </message>
    <message>
        <source>Capex
%1</source>
        <translation>资本支出
%1</translation>
    </message>
    <message>
        <source>Opex, year %1
%2
million CNY</source>
        <translation>运营成本（第 %1 年）
%2
百万元</translation>
    </message>
    <message>
        <source>Opex
%1</source>
        <translation>运营成本
%1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 (%3)</source>
        <translation>%1&lt;br&gt;%2（%3）</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1: %2 million CNY (%3)</source>
        <translation>%1：%2 百万元（%3）</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>土地</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Others %1</source>
        <translation>其他 %1</translation>
    </message>
</context>
<context>
    <name>ccp::BreakevenMapChart</name>
    <message>
        <source>Breakeven map</source>
        <translation>盈亏平衡图</translation>
    </message>
    <message>
        <source>Average utilization × list price</source>
        <translation>平均利用率 × 刊例价</translation>
    </message>
    <message>
        <source>Power price × card price</source>
        <translation>电价 × 加速卡价格</translation>
    </message>
    <message>
        <source>No map: the scenario cannot be evaluated.</source>
        <translation>无法绘制：该方案无法计算。</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>NPV = 0</source>
        <translation>净现值 = 0</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>本方案</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>投资回收期（年）</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>无法回收</translation>
    </message>
    <message>
        <source>Average utilization × token prices</source>
        <translation>平均利用率 × token 价格</translation>
    </message>
</context>
<context>
    <name>ccp::CashFlowModel</name>
    <message>
        <source>Commissioning</source>
        <translation>投产</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>利用率（%）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <source>Opex (%1)</source>
        <translation>运营成本（%1）</translation>
    </message>
    <message>
        <source>of which energy (%1)</source>
        <translation>其中：能耗（%1）</translation>
    </message>
    <message>
        <source>Capex (%1)</source>
        <translation>资本支出（%1）</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>税费（%1）</translation>
    </message>
    <message>
        <source>Cash flow (%1)</source>
        <translation>现金流（%1）</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>累计（%1）</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
</context>
<context>
    <name>ccp::CatalogEntryDialog</name>
    <message>
        <source>New user entry</source>
        <translation>新建用户条目</translation>
    </message>
    <message>
        <source>Edit user entry</source>
        <translation>编辑用户条目</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots and hyphens; unique in the catalog.</source>
        <translation>小写字母、数字、点和连字符；在目录中唯一。</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Tick when the value is your estimate, not a figure from the source.</source>
        <translation>数值是您的估算而非来源中的数据时勾选。</translation>
    </message>
    <message>
        <source>Where the figures come from: datasheet, quote, article…</source>
        <translation>数据出处：规格书、报价、文章……</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Also create a generic server carrying this card</source>
        <translation>同时创建搭载此卡的通用服务器</translation>
    </message>
    <message>
        <source>Server power (max)</source>
        <translation>服务器功率（最大）</translation>
    </message>
    <message>
        <source>Server price</source>
        <translation>服务器价格</translation>
    </message>
    <message>
        <source>A card can only be planned in a server that carries it. Saving also creates a user server with these figures (unverified, marked as estimates) and makes it the card&apos;s standard server.</source>
        <translation>只有搭载在服务器中的加速卡才能用于规划。保存时将按上述数据同时创建一个用户服务器（未核实，标为估算值），并设为此卡的标准服务器。</translation>
    </message>
    <message>
        <source>Without a server that carries this card, the card cannot be chosen in a scenario. To make one later, clone a server on the Servers tab and choose this card as its card, then choose that server as this card&apos;s standard server.</source>
        <translation>没有搭载此卡的服务器，就无法在方案中选用此卡。如需稍后创建：在“服务器”标签页克隆一台服务器，将其加速卡选为此卡，再把该服务器选为此卡的标准服务器。</translation>
    </message>
    <message>
        <source>Cannot save the entry</source>
        <translation>无法保存条目</translation>
    </message>
    <message>
        <source>Give the entry a name and a source.</source>
        <translation>请填写条目的名称和来源。</translation>
    </message>
    <message>
        <source>Saved “%1” in the user catalog.</source>
        <translation>已将“%1”保存到用户目录。</translation>
    </message>
    <message>
        <source>Cannot save the generic server</source>
        <translation>无法保存通用服务器</translation>
    </message>
    <message>
        <source>Saved “%1” in the user catalog. Also created a generic server for it: %2 cards per server, %3 kW, %4 CNY, confidence unverified. It is the card&apos;s standard server, so the card can be chosen in a scenario now.</source>
        <translation>已将“%1”保存到用户目录，并同时为其创建了通用服务器：每台 %2 张卡，%3 kW，%4 元，可信度未核实。它是此卡的标准服务器，因此现在即可在方案中选用此卡。</translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation>备注（英文）</translation>
    </message>
    <message>
        <source>Notes (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>来源（英文）</translation>
    </message>
    <message>
        <source>Optional: the source as the Chinese interface and report show it.</source>
        <translation>可选：中文界面和报告中显示的来源。</translation>
    </message>
    <message>
        <source>Source (Chinese)</source>
        <translation>来源（中文）</translation>
    </message>
</context>
<context>
    <name>ccp::CatalogModel</name>
    <message>
        <source>available</source>
        <translation>可供货</translation>
    </message>
    <message>
        <source>export variant</source>
        <translation>出口特供版</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>受出口管制</translation>
    </message>
    <message>
        <source>domestic</source>
        <translation>国产</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>BF16 dense</source>
        <translation>BF16 稠密算力</translation>
    </message>
    <message>
        <source>FP8 dense</source>
        <translation>FP8 稠密算力</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>Board power</source>
        <translation>板卡功耗</translation>
    </message>
    <message>
        <source>Scale-up link</source>
        <translation>纵向互联</translation>
    </message>
    <message>
        <source>Scale-up bandwidth</source>
        <translation>纵向互联带宽</translation>
    </message>
    <message>
        <source>Scale-up domain</source>
        <translation>纵向互联域</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Market status</source>
        <translation>市场状态</translation>
    </message>
    <message>
        <source>Standard server</source>
        <translation>标准服务器</translation>
    </message>
    <message>
        <source>Software efficiency</source>
        <translation>软件栈效率</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Cards per server</source>
        <translation>每台服务器卡数</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>最大功率</translation>
    </message>
    <message>
        <source>Busy power</source>
        <translation>满载功率</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>空闲功率</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>NICs per server</source>
        <translation>每台服务器网卡数</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Port speed</source>
        <translation>端口速率</translation>
    </message>
    <message>
        <source>Switch radix</source>
        <translation>交换机端口数</translation>
    </message>
    <message>
        <source>Switch power</source>
        <translation>交换机功耗</translation>
    </message>
    <message>
        <source>Switch price</source>
        <translation>交换机价格</translation>
    </message>
    <message>
        <source>Switch height</source>
        <translation>交换机高度</translation>
    </message>
    <message>
        <source>NIC price</source>
        <translation>网卡价格</translation>
    </message>
    <message>
        <source>NIC power</source>
        <translation>网卡功耗</translation>
    </message>
    <message>
        <source>Transceiver price</source>
        <translation>光模块价格</translation>
    </message>
    <message>
        <source>Transceiver power</source>
        <translation>光模块功耗</translation>
    </message>
    <message>
        <source>Switch ports per transceiver</source>
        <translation>每光模块交换机端口数</translation>
    </message>
    <message>
        <source>Cable price</source>
        <translation>线缆价格</translation>
    </message>
    <message>
        <source>Price per PB</source>
        <translation>每 PB 价格</translation>
    </message>
    <message>
        <source>Power per PB</source>
        <translation>每 PB 功耗</translation>
    </message>
    <message>
        <source>Capacity per rack</source>
        <translation>每机柜容量</translation>
    </message>
    <message>
        <source>Throughput per PB</source>
        <translation>每 PB 吞吐</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽节点</translation>
    </message>
    <message>
        <source>Western region</source>
        <translation>西部地区</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>PUE limit</source>
        <translation>PUE 限值</translation>
    </message>
    <message>
        <source>Typical PUE</source>
        <translation>典型 PUE</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳排放因子</translation>
    </message>
    <message>
        <source>Green power share</source>
        <translation>绿电占比</translation>
    </message>
    <message>
        <source>Facility cost</source>
        <translation>基础设施造价</translation>
    </message>
    <message>
        <source>Income tax rate</source>
        <translation>所得税率</translation>
    </message>
    <message>
        <source>Grid capacity</source>
        <translation>电网容量</translation>
    </message>
    <message>
        <source>Energy quota</source>
        <translation>能耗指标</translation>
    </message>
    <message>
        <source>Bandwidth cost</source>
        <translation>带宽费用</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation>激活参数量</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>KV LoRA rank (MLA)</source>
        <translation>KV LoRA 秩（MLA）</translation>
    </message>
    <message>
        <source>RoPE dimension (MLA)</source>
        <translation>RoPE 维度（MLA）</translation>
    </message>
    <message>
        <source>Routed experts</source>
        <translation>路由专家数</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>每 token 激活专家数</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Published precisions</source>
        <translation>官方发布精度</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>No FP8 rate published</source>
        <translation>未公布 FP8 算力</translation>
    </message>
    <message>
        <source>No binding quota</source>
        <translation>无约束性指标</translation>
    </message>
    <message>
        <source>Not multi-head latent attention</source>
        <translation>非多头潜在注意力（MLA）模型</translation>
    </message>
    <message>
        <source>Dense model: no routed experts</source>
        <translation>稠密模型：无路由专家</translation>
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
        <translation>%1：可信度必须为 H、M、L 或 U</translation>
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
    <message>
        <source>user catalog</source>
        <translation>用户目录</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, outside its range %4 to %5</source>
        <translation>%1：“%2”为 %3，超出其范围 %4 至 %5</translation>
    </message>
</context>
<context>
    <name>ccp::CatalogWindow</name>
    <message>
        <source>Catalog — Compute Center Planner</source>
        <translation>设备与站点目录 — 算力中心规划器</translation>
    </message>
    <message>
        <source>Filter by name, id, vendor, source…</source>
        <translation>按名称、ID、厂商、来源筛选…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Fabrics</source>
        <translation>组网方案</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Clone to User Catalog…</source>
        <translation>克隆到用户目录…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Built-in entries are read-only; clone one to make your own.</source>
        <translation>内置条目为只读；如需修改，请克隆为自己的条目。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Source: %4 (%5), confidence %6
Estimated values: %7
%8</source>
        <translation>%1（%2，%3）
来源：%4（%5），可信度 %6
估算值：%7
%8</translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>内置，只读</translation>
    </message>
    <message>
        <source>user entry</source>
        <translation>用户条目</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Delete the user entry %1?</source>
        <translation>确定删除用户条目 %1 吗？</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Values in italics are our estimates, not figures from a source.</source>
        <translation>斜体数值为我们自己的估算，并非出自资料来源。</translation>
    </message>
    <message>
        <source>Entry saved</source>
        <translation>条目已保存</translation>
    </message>
</context>
<context>
    <name>ccp::ChartExport</name>
    <message>
        <source>Could not write the chart to “%1”: %2</source>
        <translation>无法将图表写入“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write the chart to “%1”: invalid size %2 × %3</source>
        <translation>无法将图表写入“%1”：尺寸 %2 × %3 无效</translation>
    </message>
</context>
<context>
    <name>ccp::ChartWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>将图表另存为 SVG</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>ccp::CommandLine</name>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>方案：%1</translation>
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
        <translation>MFU / 有效训练时间占比</translation>
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
        <source>Discounted payback</source>
        <translation>动态投资回收期</translation>
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
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>catalog: unexpected argument &quot;%1&quot;</source>
        <translation>catalog：意外的参数“%1”</translation>
    </message>
    <message>
        <source>Evaluate the scenario with this name.</source>
        <translation>评估指定名称的方案。</translation>
    </message>
    <message>
        <source>Evaluate every scenario.</source>
        <translation>评估所有方案。</translation>
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
        <translation>--scenario：没有名为“%1”的方案（项目中有：%2）</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Project file to read (.ccplan or .json).</source>
        <translation>要读取的项目文件（.ccplan 或 .json）。</translation>
    </message>
    <message>
        <source>File to write (.ccplan or .json).</source>
        <translation>要写入的文件（.ccplan 或 .json）。</translation>
    </message>
    <message>
        <source>convert: missing the input file (convert IN -o OUT)</source>
        <translation>convert：缺少输入文件（convert IN -o OUT）</translation>
    </message>
    <message>
        <source>convert: unexpected argument &quot;%1&quot;</source>
        <translation>convert：意外的参数“%1”</translation>
    </message>
    <message>
        <source>convert: missing the output file (-o OUT)</source>
        <translation>convert：缺少输出文件（-o OUT）</translation>
    </message>
    <message>
        <source>%1: unsupported file type (expected .ccplan or .json)</source>
        <translation>%1：不支持的文件类型（应为 .ccplan 或 .json）</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1：意外的参数“%2”</translation>
    </message>
    <message>
        <source>%1: the project has no scenario</source>
        <translation>%1：项目中没有方案</translation>
    </message>
    <message>
        <source>Project file (.ccplan or .json); the built-in example when omitted.</source>
        <translation>项目文件（.ccplan 或 .json）；省略时使用内置示例。</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Language of the report: zh_CN or en.</source>
        <translation>报告语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Main scenario of the report.</source>
        <translation>报告的主方案。</translation>
    </message>
    <message>
        <source>report: missing the output file (-o OUT.pdf)</source>
        <translation>report：缺少输出文件（-o OUT.pdf）</translation>
    </message>
    <message>
        <source>%1: unsupported file type (expected .pdf)</source>
        <translation>%1：不支持的文件类型（应为 .pdf）</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot; (use zh_CN or en)</source>
        <translation>--lang：未知语言“%1”（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>report: charts need a QApplication</source>
        <translation>report：生成图表需要 QApplication</translation>
    </message>
    <message>
        <source>File to write (.xlsx or .csv).</source>
        <translation>要写入的文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Export the scenario with this name.</source>
        <translation>导出指定名称的方案。</translation>
    </message>
    <message>
        <source>export: missing the output file (-o OUT.xlsx or OUT.csv)</source>
        <translation>export：缺少输出文件（-o OUT.xlsx 或 OUT.csv）</translation>
    </message>
    <message>
        <source>%1: unsupported file type (expected .xlsx or .csv)</source>
        <translation>%1：不支持的文件类型（应为 .xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>--batch %1: is a folder, not a file of cases</source>
        <translation>--batch %1：是文件夹，不是算例文件</translation>
    </message>
    <message>
        <source>--batch %1: cannot read (%2)</source>
        <translation>--batch %1：无法读取（%2）</translation>
    </message>
    <message>
        <source>Evaluate every line of CASES, a JSON object of overrides, and print one JSON result per line (&quot;-&quot;: standard input).</source>
        <translation>逐行计算 CASES（每行一个覆盖输入的 JSON 对象），每行输出一个 JSON 结果（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>eval: use either --batch or --all</source>
        <translation>eval：--batch 与 --all 只能二选一</translation>
    </message>
    <message>
        <source>--fields: only with --batch</source>
        <translation>--fields：只能与 --batch 一起使用</translation>
    </message>
    <message>
        <source>%1: not available in this executable (run ccplanner-gui)</source>
        <translation>%1：此可执行文件不提供该命令（请运行 ccplanner-gui）</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The scenario with this name (default: the first).</source>
        <translation>使用该名称的方案（默认：第一个方案）。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number from %3 to %4</source>
        <translation>--%1：“%2”不是 %3 至 %4 之间的数字</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个处理器核心一个）。</translation>
    </message>
    <message>
        <source>Move each input by this share of its value (default 0.2).</source>
        <translation>每个输入参数按其数值的该比例上下变动（默认 0.2）。</translation>
    </message>
    <message>
        <source>The low and high value of one input.</source>
        <translation>某一输入参数的低值和高值。</translation>
    </message>
    <message>
        <source>--range %1: unknown input (KEY=LOW:HIGH with KEY one of the sensitivity inputs)</source>
        <translation>--range %1：未知的输入参数（格式 KEY=LOW:HIGH，KEY 须为敏感性分析的输入参数之一）</translation>
    </message>
    <message>
        <source>--range %1: LOW:HIGH must be two numbers, LOW ≤ HIGH, from %2 to %3</source>
        <translation>--range %1：LOW:HIGH 须为两个数字，LOW ≤ HIGH，取值 %2 至 %3</translation>
    </message>
    <message>
        <source>The input to solve for.</source>
        <translation>要求解的输入参数。</translation>
    </message>
    <message>
        <source>The figure to reach: payback_months=60, npv=0 or irr=0.1.</source>
        <translation>要达到的指标：payback_months=60、npv=0 或 irr=0.1。</translation>
    </message>
    <message>
        <source>solve: missing --for KEY (one of: %1)</source>
        <translation>solve：缺少 --for KEY（可选：%1）</translation>
    </message>
    <message>
        <source>--for %1: cannot solve for this input (one of: %2)</source>
        <translation>--for %1：无法对该输入参数求解（可选：%2）</translation>
    </message>
    <message>
        <source>--target &quot;%1&quot;: expected payback_months=MONTHS, npv=CNY or irr=FRACTION</source>
        <translation>--target “%1”：应为 payback_months=月数、npv=元 或 irr=小数</translation>
    </message>
    <message>
        <source>solve: no value of %1 from %2 to %3 reaches %4 = %5</source>
        <translation>solve：%1 在 %2 至 %3 范围内的任何取值都无法达到 %4 = %5</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 draws, seed %2</source>
        <translation>蒙特卡洛模拟：%1 次抽样，种子 %2</translation>
    </message>
    <message>
        <source>Probability of payback within the horizon (%1): %2</source>
        <translation>测算期（%1）内收回投资的概率：%2</translation>
    </message>
    <message>
        <source>Probability of payback within %1: %2</source>
        <translation>%1内收回投资的概率：%2</translation>
    </message>
    <message>
        <source>— : in %1 of the draws the project does not pay back within the horizon.</source>
        <translation>—：%1 的抽样中项目在测算期内无法收回投资。</translation>
    </message>
    <message>
        <source>Uncertain inputs:</source>
        <translation>不确定的输入参数：</translation>
    </message>
    <message>
        <source>%1 (%2 / %3 / %4)</source>
        <translation>%1（%2 / %3 / %4）</translation>
    </message>
    <message>
        <source>Sensitivity: NPV %1, payback %2 at the scenario&apos;s own inputs</source>
        <translation>敏感性分析：方案自身输入下净现值 %1，投资回收期 %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入参数</translation>
    </message>
    <message>
        <source>Low / high</source>
        <translation>低值 / 高值</translation>
    </message>
    <message>
        <source>NPV at low</source>
        <translation>低值时净现值</translation>
    </message>
    <message>
        <source>NPV at high</source>
        <translation>高值时净现值</translation>
    </message>
    <message>
        <source>Payback at low / high</source>
        <translation>低值 / 高值时回收期</translation>
    </message>
    <message>
        <source>%1 = %2 reaches the target.</source>
        <translation>%1 = %2 时达到目标。</translation>
    </message>
    <message>
        <source>There: NPV %1, IRR %2, payback %3</source>
        <translation>此时：净现值 %1，内部收益率 %2，投资回收期 %3</translation>
    </message>
    <message>
        <source>Number of draws (default: the scenario&apos;s, 10000 unless set).</source>
        <translation>抽样次数（默认：情景中保存的值，未设置时为 10000）。</translation>
    </message>
    <message>
        <source>Seed of the random draws (default: the scenario&apos;s, 1 unless set); the same seed gives the same results.</source>
        <translation>随机抽样的种子（默认：情景中保存的值，未设置时为 1）；相同的种子给出相同的结果。</translation>
    </message>
    <message>
        <source>Correlation of utilization and list price, −1 to 1 (default: the scenario&apos;s, 0 unless set).</source>
        <translation>利用率与刊例价的相关系数，−1 至 1（默认：情景中保存的值，未设置时为 0）。</translation>
    </message>
    <message>
        <source>Also give the probability of payback within this many months (0: none).</source>
        <translation>同时给出在该月数内收回投资的概率（0：不给出）。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not valid here</source>
        <translation>--%1：“%2”在此无效</translation>
    </message>
    <message>
        <source>--%1: the list is empty</source>
        <translation>--%1：列表为空</translation>
    </message>
    <message>
        <source>npv (highest NPV, the default) or payback (shortest payback).</source>
        <translation>npv（净现值最高，默认）或 payback（回收期最短）。</translation>
    </message>
    <message>
        <source>Largest capex, CNY.</source>
        <translation>投资上限，元。</translation>
    </message>
    <message>
        <source>Largest facility power, MW.</source>
        <translation>设施功率上限，兆瓦。</translation>
    </message>
    <message>
        <source>Smallest effective compute, PFLOPS.</source>
        <translation>有效算力下限，PFLOPS。</translation>
    </message>
    <message>
        <source>The scenario&apos;s training job must finish within this many days.</source>
        <translation>情景中的训练任务须在该天数内完成。</translation>
    </message>
    <message>
        <source>Card ids to try (default: every card the catalog can build).</source>
        <translation>要尝试的加速卡编号（默认：目录中可配置服务器的所有加速卡）。</translation>
    </message>
    <message>
        <source>Card counts to try (default 256,512,1024,2048,4096 and the scenario&apos;s).</source>
        <translation>要尝试的卡数（默认 256、512、1024、2048、4096 及情景本身的卡数）。</translation>
    </message>
    <message>
        <source>Fabric ids to try (default: all).</source>
        <translation>要尝试的网络编号（默认：全部）。</translation>
    </message>
    <message>
        <source>Oversubscriptions to try (default 1,2,3).</source>
        <translation>要尝试的收敛比（默认 1、2、3）。</translation>
    </message>
    <message>
        <source>Site ids to try (default: all).</source>
        <translation>要尝试的站点编号（默认：全部）。</translation>
    </message>
    <message>
        <source>performance (the list price follows each card&apos;s effective performance, the default) or same (one price for every card).</source>
        <translation>performance（刊例价随各配置的有效性能变化，默认）或 same（所有加速卡同一价格）。</translation>
    </message>
    <message>
        <source>Configurations listed (default 20).</source>
        <translation>列出的配置数（默认 20）。</translation>
    </message>
    <message>
        <source>--objective: &quot;%1&quot; is not npv or payback</source>
        <translation>--objective：“%1”不是 npv 或 payback</translation>
    </message>
    <message>
        <source>--price-rule: &quot;%1&quot; is not performance or same</source>
        <translation>--price-rule：“%1”不是 performance 或 same</translation>
    </message>
    <message>
        <source>Optimizer: %1 configurations evaluated, %2 feasible</source>
        <translation>优化：已评估 %1 个配置，其中 %2 个可行</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Oversub.</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>not a valid scenario (%1)</source>
        <translation>不是有效的情景（%1）</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>No configuration meets the constraints.</source>
        <translation>没有满足约束条件的配置。</translation>
    </message>
    <message>
        <source>With --batch: the result keys to print, comma-separated (default: all but monthly and statements).</source>
        <translation>与 --batch 一起使用：要输出的结果键，以逗号分隔（默认：除 monthly 与 statements 外全部）。</translation>
    </message>
    <message>
        <source>Usage:
  ccplanner [FILE]                 open the planner (built-in example project when no FILE)
  ccplanner eval [FILE] [--scenario NAME | --all] [--set KEY=VALUE]... [--json]
  ccplanner eval [FILE] [--scenario NAME] [--set KEY=VALUE]... --batch CASES.jsonl [--fields K1,K2...]
                                   evaluate scenarios: sizing, power, compute, cash flows, NPV, IRR, payback
  ccplanner report [FILE] -o OUT.pdf [--lang zh_CN|en] [--scenario NAME]
                                   write the feasibility report as PDF
  ccplanner export [FILE] -o OUT.xlsx|OUT.csv [--scenario NAME]
                                   (CSV: OUT.csv monthly, OUT-inputs.csv, OUT-bom.csv, OUT-yearly.csv)
  ccplanner convert IN -o OUT      .ccplan &lt;-&gt; .json (by the suffix of OUT)
  ccplanner risk [FILE] [--scenario NAME] [--set KEY=VALUE]... [--draws N] [--seed S] [--threads N]
                 [--correlation RHO] [--target-payback MONTHS] [--json]
                                   Monte Carlo risk: P10/P50/P90 of NPV, IRR and payback
  ccplanner sensitivity [FILE] [--scenario NAME] [--set KEY=VALUE]... [--relative SHARE]
                 [--range KEY=LOW:HIGH]... [--json]
                                   sensitivity of NPV and payback to each input (tornado)
  ccplanner solve [FILE] [--scenario NAME] [--set KEY=VALUE]... --for KEY
                 --target payback_months=M|npv=CNY|irr=FRACTION [--json]
                                   goal seek: the value of one input that reaches a target
  ccplanner optimize [FILE] [--scenario NAME] [--set KEY=VALUE]... [--objective npv|payback]
                 [--budget CNY] [--grid-mw MW] [--min-pflops P] [--deadline-days D]
                 [--cards ID,...] [--counts N,...] [--fabrics ID,...] [--oversubscription X,...]
                 [--sites ID,...] [--price-rule performance|same] [--top N] [--json]
                                   best configurations (card, count, fabric, site) under constraints
  ccplanner catalog [--json]       list the built-in catalog and your own entries
  ccplanner COMMAND --help         the usage of one command
  ccplanner --help | --version     this help; the version
FILE is a project file (.ccplan or .json). Exit status: 0 success, 2 bad input, 1 internal error.
Manual: man ccplanner; the user guide: Help &gt; User Guide (F1) in the planner.
</source>
        <translation>用法：
  ccplanner [FILE]                 打开规划器（未指定 FILE 时打开内置示例项目）
  ccplanner eval [FILE] [--scenario NAME | --all] [--set KEY=VALUE]... [--json]
  ccplanner eval [FILE] [--scenario NAME] [--set KEY=VALUE]... --batch CASES.jsonl [--fields K1,K2...]
                                   计算方案：规模、电力、算力、现金流、净现值、内部收益率、投资回收期
  ccplanner report [FILE] -o OUT.pdf [--lang zh_CN|en] [--scenario NAME]
                                   写出 PDF 格式的可行性研究报告
  ccplanner export [FILE] -o OUT.xlsx|OUT.csv [--scenario NAME]
                                   （CSV：OUT.csv 为月度数据，另生成 OUT-inputs.csv、OUT-bom.csv、OUT-yearly.csv）
  ccplanner convert IN -o OUT      .ccplan &lt;-&gt; .json（按 OUT 的后缀确定格式）
  ccplanner risk [FILE] [--scenario NAME] [--set KEY=VALUE]... [--draws N] [--seed S] [--threads N]
                 [--correlation RHO] [--target-payback MONTHS] [--json]
                                   蒙特卡洛风险分析：净现值、内部收益率与投资回收期的 P10/P50/P90
  ccplanner sensitivity [FILE] [--scenario NAME] [--set KEY=VALUE]... [--relative SHARE]
                 [--range KEY=LOW:HIGH]... [--json]
                                   净现值与投资回收期对各输入项的敏感性（龙卷风图）
  ccplanner solve [FILE] [--scenario NAME] [--set KEY=VALUE]... --for KEY
                 --target payback_months=M|npv=CNY|irr=FRACTION [--json]
                                   单变量求解：使某个输入项达到目标的取值
  ccplanner optimize [FILE] [--scenario NAME] [--set KEY=VALUE]... [--objective npv|payback]
                 [--budget CNY] [--grid-mw MW] [--min-pflops P] [--deadline-days D]
                 [--cards ID,...] [--counts N,...] [--fabrics ID,...] [--oversubscription X,...]
                 [--sites ID,...] [--price-rule performance|same] [--top N] [--json]
                                   约束条件下的最优配置（加速卡、卡数、网络、站点）
  ccplanner catalog [--json]       列出内置目录与您自己的条目
  ccplanner COMMAND --help         某个命令的用法
  ccplanner --help | --version     本帮助；版本号
FILE 为项目文件（.ccplan 或 .json）。退出状态：0 表示成功，2 表示输入有误，1 表示内部错误。
手册：man ccplanner；用户指南：规划器中的 帮助 &gt; 用户指南（F1）。
</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 (file names and arguments must be UTF-8; rename the file)</source>
        <translation>%1：不是有效的 UTF-8（文件名和参数必须为 UTF-8；请重命名该文件）</translation>
    </message>
    <message>
        <source>warning: left out of the catalog: %1</source>
        <translation>警告：目录中略去了：%1</translation>
    </message>
    <message>
        <source>cannot write the output (%1)</source>
        <translation>无法写入输出（%1）</translation>
    </message>
    <message>
        <source>(money in %1)</source>
        <translation>（金额单位：%1）</translation>
    </message>
</context>
<context>
    <name>ccp::ComparisonChart</name>
    <message>
        <source>Cumulative cash flow and utilization of every scenario</source>
        <translation>各方案的累计现金流与利用率</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cumulative cash flow&lt;br&gt;(million CNY)</source>
        <translation>累计现金流&lt;br&gt;（百万元）</translation>
    </message>
    <message>
        <source>Sold utilization&lt;br&gt;(%, dashed)</source>
        <translation>售出利用率&lt;br&gt;（%，虚线）</translation>
    </message>
</context>
<context>
    <name>ccp::ComparisonView</name>
    <message>
        <source>Differences against:</source>
        <translation>差异对比基准：</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
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
        <source>Discounted payback</source>
        <translation>动态投资回收期</translation>
    </message>
    <message>
        <source>Breakeven utilization</source>
        <translation>盈亏平衡利用率</translation>
    </message>
    <message>
        <source>Planned utilization</source>
        <translation>计划利用率</translation>
    </message>
    <message>
        <source>Effective PFLOPS</source>
        <translation>有效算力（PFLOPS）</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation>（基准）</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行性</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: breaks a hard limit</source>
        <translation>否：突破硬性约束</translation>
    </message>
</context>
<context>
    <name>ccp::CsvExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ccp::DeratingChart</name>
    <message>
        <source>Derating: from nameplate to useful compute</source>
        <translation>算力折损：从标称算力到有效算力</translation>
    </message>
    <message>
        <source>Nameplate</source>
        <translation>标称</translation>
    </message>
    <message>
        <source>Useful (estimate)&lt;br&gt;× MFU %1&lt;br&gt;× goodput %2</source>
        <translation>有效（估算）&lt;br&gt;× MFU %1&lt;br&gt;× 有效训练时间占比 %2</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Useful (estimate: MFU × goodput)</source>
        <translation>有效（估算：MFU × 有效训练时间占比）</translation>
    </message>
    <message>
        <source>Derated</source>
        <translation>折损</translation>
    </message>
    <message>
        <source>%1: %2 PFLOPS lost in this step</source>
        <translation>%1：本环节折损 %2 PFLOPS</translation>
    </message>
    <message>
        <source>%1: %2 PFLOPS</source>
        <translation>%1：%2 PFLOPS</translation>
    </message>
    <message>
        <source>Available&lt;br&gt;× %1&lt;br&gt;availability</source>
        <translation>可用&lt;br&gt;× 可用率 %1</translation>
    </message>
    <message>
        <source>Sold&lt;br&gt;× %1&lt;br&gt;utilization</source>
        <translation>售出&lt;br&gt;× 利用率 %1</translation>
    </message>
    <message>
        <source>Derating step</source>
        <translation>折减步骤</translation>
    </message>
    <message>
        <source>PFLOPS&lt;br&gt;(BF16, dense)</source>
        <translation>PFLOPS&lt;br&gt;（BF16，稠密）</translation>
    </message>
</context>
<context>
    <name>ccp::FieldData</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>auto (model: %1)</source>
        <translation>自动（模型值：%1）</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Valid range: %1 or more</source>
        <translation>有效范围：%1 及以上</translation>
    </message>
    <message>
        <source>Valid range: %1 %2 or more</source>
        <translation>有效范围：%1 %2 及以上</translation>
    </message>
    <message>
        <source>Valid range: %1 to %2</source>
        <translation>有效范围：%1 至 %2</translation>
    </message>
    <message>
        <source>Valid range: %1 to %2 %3</source>
        <translation>有效范围：%1 至 %2 %3</translation>
    </message>
    <message>
        <source>Estimate: not a published figure.</source>
        <translation>估算值：非公开发布数据。</translation>
    </message>
    <message>
        <source>Preset of %1: %2 (%3, confidence %4)</source>
        <translation>%1 的预设值：%2（%3，可信度 %4）</translation>
    </message>
    <message>
        <source>%1: enter a value.</source>
        <translation>%1：请输入一个值。</translation>
    </message>
    <message>
        <source>%1 is not a percentage: enter a plain number.</source>
        <translation>%1 不是百分比：请输入一个普通数字。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
</context>
<context>
    <name>ccp::FieldDelegate</name>
    <message>
        <source>auto, or a percentage such as 40%</source>
        <translation>自动，或百分比，例如 40%</translation>
    </message>
    <message>
        <source>empty: all</source>
        <translation>留空：全部</translation>
    </message>
</context>
<context>
    <name>ccp::FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The scenario&apos;s name, shown in lists, charts and reports.</source>
        <translation>方案名称，显示在列表、图表和报告中。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Free text: the story and the sources of the scenario.</source>
        <translation>自由文本：方案的背景说明与数据来源。</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>测算期</translation>
    </message>
    <message>
        <source>Evaluation horizon in months (3 to 15 years).</source>
        <translation>测算期，以月计（3 至 15 年）。</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>The accelerator card the cluster is built of.</source>
        <translation>集群所采用的加速卡。</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>加速卡数量</translation>
    </message>
    <message>
        <source>Cards installed at full build-out.</source>
        <translation>全部建成时安装的加速卡数量。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The server that carries the cards; by default the card&apos;s standard server.</source>
        <translation>搭载加速卡的服务器；默认为该加速卡的标准服务器。</translation>
    </message>
    <message>
        <source>Rack power</source>
        <translation>机柜功率</translation>
    </message>
    <message>
        <source>IT power budget of one rack.</source>
        <translation>单个机柜的 IT 功率预算。</translation>
    </message>
    <message>
        <source>Rack units</source>
        <translation>机柜 U 数</translation>
    </message>
    <message>
        <source>Usable rack units per rack.</source>
        <translation>每个机柜的可用 U 数。</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Share of hours the cards can be sold, after maintenance and failures.</source>
        <translation>扣除维护和故障时间后，加速卡可供出售的时长占比。</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <source>The storage system of the cluster; none by default.</source>
        <translation>集群的存储系统；默认不配置。</translation>
    </message>
    <message>
        <source>Storage capacity</source>
        <translation>存储容量</translation>
    </message>
    <message>
        <source>Usable storage capacity.</source>
        <translation>可用存储容量。</translation>
    </message>
    <message>
        <source>Floor space per rack</source>
        <translation>每机柜占地面积</translation>
    </message>
    <message>
        <source>White space per rack, aisles included.</source>
        <translation>每个机柜占用的机房面积，含通道。</translation>
    </message>
    <message>
        <source>Build phases</source>
        <translation>建设阶段</translation>
    </message>
    <message>
        <source>Build phases: when the equipment is bought; none means everything at month 0.</source>
        <translation>建设阶段：设备的采购时间；不设阶段则全部设备于第 0 个月采购。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month in which the phase&apos;s equipment is bought.</source>
        <translation>该阶段设备的采购月份。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Share of the cards built in this phase; the shares add up to 100%.</source>
        <translation>本阶段建设的加速卡占比；各阶段占比之和为 100%。</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>组网</translation>
    </message>
    <message>
        <source>The scale-out network fabric.</source>
        <translation>横向扩展网络的组网方案。</translation>
    </message>
    <message>
        <source>Oversubscription</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <source>Leaf switch ports down to up (1 = non-blocking).</source>
        <translation>叶交换机下行端口与上行端口之比（1 = 无阻塞）。</translation>
    </message>
    <message>
        <source>NICs per card</source>
        <translation>每卡网卡数</translation>
    </message>
    <message>
        <source>Scale-out NICs per card: 1 when rail-optimized, 0 for no scale-out fabric.</source>
        <translation>每张加速卡配置的横向扩展网卡数：轨道优化组网时为 1，不配置横向扩展网络时为 0。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>The site; choosing one fills its power price, PUE, limits and tax rate.</source>
        <translation>站点；选定后将自动填入该站点的电价、PUE、各项限值和税率。</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Electricity price paid by the center.</source>
        <translation>本中心支付的电价。</translation>
    </message>
    <message>
        <source>Power price growth</source>
        <translation>电价年增长率</translation>
    </message>
    <message>
        <source>Annual change of the electricity price.</source>
        <translation>电价的年变化率。</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power divided by IT power.</source>
        <translation>电能利用效率：设施总功率除以 IT 功率。</translation>
    </message>
    <message>
        <source>PUE limit</source>
        <translation>PUE 限值</translation>
    </message>
    <message>
        <source>The hub&apos;s policy limit on PUE; exceeding it gives a warning.</source>
        <translation>枢纽节点政策规定的 PUE 上限；超出时给出警告。</translation>
    </message>
    <message>
        <source>Grid capacity</source>
        <translation>电网容量</translation>
    </message>
    <message>
        <source>Power the grid connection can deliver (0 = unlimited).</source>
        <translation>电网接入可提供的功率（0 = 不限）。</translation>
    </message>
    <message>
        <source>Energy quota</source>
        <translation>能耗指标</translation>
    </message>
    <message>
        <source>Annual energy consumption quota (0 = not binding).</source>
        <translation>年度能耗指标（0 = 不受约束）。</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳排放因子</translation>
    </message>
    <message>
        <source>CO₂ emitted per kWh of grid electricity.</source>
        <translation>电网每 kWh 电力的 CO₂ 排放量。</translation>
    </message>
    <message>
        <source>Green power share</source>
        <translation>绿电占比</translation>
    </message>
    <message>
        <source>Share of the electricity from renewable sources.</source>
        <translation>来自可再生能源的电力占比。</translation>
    </message>
    <message>
        <source>Facility cost</source>
        <translation>基础设施造价</translation>
    </message>
    <message>
        <source>Cost of the building, power and cooling per kW of IT power.</source>
        <translation>每 kW IT 功率对应的建筑、供电与制冷造价。</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>刊例价</translation>
    </message>
    <message>
        <source>List price of one card-hour in the first month.</source>
        <translation>首月每卡时的刊例价。</translation>
    </message>
    <message>
        <source>Price decline</source>
        <translation>价格年降幅</translation>
    </message>
    <message>
        <source>Annual decline of the market price.</source>
        <translation>市场价格的年下降幅度。</translation>
    </message>
    <message>
        <source>Introductory discount</source>
        <translation>推广折扣</translation>
    </message>
    <message>
        <source>Discount on the price during the introductory months.</source>
        <translation>推广期内的价格折扣。</translation>
    </message>
    <message>
        <source>Introductory period</source>
        <translation>推广期</translation>
    </message>
    <message>
        <source>Months during which the introductory discount applies.</source>
        <translation>适用推广折扣的月数。</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Customer segments; their shares add up to at most 100%.</source>
        <translation>客户群；各客户群占比之和不超过 100%。</translation>
    </message>
    <message>
        <source>Name of the customer segment.</source>
        <translation>客户群名称。</translation>
    </message>
    <message>
        <source>Share of the capacity reserved for the segment.</source>
        <translation>为该客户群预留的算力容量占比。</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Steady-state utilization of the segment&apos;s share.</source>
        <translation>该客户群所占份额的稳态利用率。</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>爬坡期</translation>
    </message>
    <message>
        <source>Months until the segment reaches its steady state.</source>
        <translation>该客户群达到稳态所需的月数。</translation>
    </message>
    <message>
        <source>Ramp shape</source>
        <translation>爬坡曲线</translation>
    </message>
    <message>
        <source>How utilization grows during the ramp: linear or S-curve.</source>
        <translation>爬坡期内利用率的增长方式：线性或 S 曲线。</translation>
    </message>
    <message>
        <source>Price factor</source>
        <translation>价格系数</translation>
    </message>
    <message>
        <source>Price the segment pays relative to the list price.</source>
        <translation>该客户群支付的价格相对于刊例价的比例。</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Annual rate at which future cash flows are discounted.</source>
        <translation>未来现金流折现所用的年折现率。</translation>
    </message>
    <message>
        <source>Income tax rate</source>
        <translation>所得税税率</translation>
    </message>
    <message>
        <source>Corporate income tax rate.</source>
        <translation>企业所得税税率。</translation>
    </message>
    <message>
        <source>Installation &amp; integration</source>
        <translation>安装与集成</translation>
    </message>
    <message>
        <source>Installation and integration cost, as a share of equipment capex.</source>
        <translation>安装与集成费用，按占设备资本支出的比例计。</translation>
    </message>
    <message>
        <source>Software platform</source>
        <translation>软件平台</translation>
    </message>
    <message>
        <source>Scheduling and software platform, bought once.</source>
        <translation>调度与软件平台，一次性购置。</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护费用</translation>
    </message>
    <message>
        <source>Annual maintenance, as a share of equipment capex.</source>
        <translation>年维护费用，按占设备资本支出的比例计。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员费用</translation>
    </message>
    <message>
        <source>Annual staff cost.</source>
        <translation>年人员费用。</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽费用</translation>
    </message>
    <message>
        <source>Annual cost of network bandwidth.</source>
        <translation>年网络带宽费用。</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Annual rent.</source>
        <translation>年租金。</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险费用</translation>
    </message>
    <message>
        <source>Annual insurance, as a share of total capex.</source>
        <translation>年保险费用，按占资本支出总额的比例计。</translation>
    </message>
    <message>
        <source>Equipment life</source>
        <translation>设备折旧年限</translation>
    </message>
    <message>
        <source>Straight-line depreciation period of the equipment.</source>
        <translation>设备按直线法计提折旧的年限。</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>基础设施折旧年限</translation>
    </message>
    <message>
        <source>Straight-line depreciation period of the facility.</source>
        <translation>基础设施按直线法计提折旧的年限。</translation>
    </message>
    <message>
        <source>Equipment salvage value</source>
        <translation>设备残值率</translation>
    </message>
    <message>
        <source>Book value floor of the equipment, as a share of its cost.</source>
        <translation>设备账面价值的下限，按占其原值的比例计。</translation>
    </message>
    <message>
        <source>Capex grant</source>
        <translation>投资补助</translation>
    </message>
    <message>
        <source>Capex subsidy, received together with the capex, as a share of it.</source>
        <translation>与资本支出同期到位的投资补贴，按占资本支出的比例计。</translation>
    </message>
    <message>
        <source>Electricity subsidy</source>
        <translation>电费补贴</translation>
    </message>
    <message>
        <source>Subsidy per kWh of electricity consumed.</source>
        <translation>每消耗 1 kWh 电量所获补贴。</translation>
    </message>
    <message>
        <source>Operating subsidy</source>
        <translation>运营补贴</translation>
    </message>
    <message>
        <source>Annual operating subsidy, for example compute vouchers.</source>
        <translation>年度运营补贴，例如算力券。</translation>
    </message>
    <message>
        <source>Operating subsidy period</source>
        <translation>运营补贴期限</translation>
    </message>
    <message>
        <source>Years during which the operating subsidy is paid.</source>
        <translation>发放运营补贴的年数。</translation>
    </message>
    <message>
        <source>Debt share</source>
        <translation>债务融资比例</translation>
    </message>
    <message>
        <source>Share of the capex financed by debt.</source>
        <translation>资本支出中以债务融资的比例。</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>贷款利率</translation>
    </message>
    <message>
        <source>Annual interest rate of the debt.</source>
        <translation>债务的年利率。</translation>
    </message>
    <message>
        <source>Debt term</source>
        <translation>贷款期限</translation>
    </message>
    <message>
        <source>Years over which the debt is repaid as an annuity.</source>
        <translation>按等额本息方式偿还债务的年数。</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数量</translation>
    </message>
    <message>
        <source>Size N of the model trained.</source>
        <translation>所训练模型的参数规模 N。</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>Number D of training tokens.</source>
        <translation>训练 token 数 D。</translation>
    </message>
    <message>
        <source>Cards used</source>
        <translation>使用卡数</translation>
    </message>
    <message>
        <source>Cards used by the training job; by default all cards of the cluster.</source>
        <translation>训练任务使用的加速卡数；默认为集群全部加速卡。</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>模型算力利用率（MFU）</translation>
    </message>
    <message>
        <source>Model FLOPs utilization; &quot;auto&quot; uses the built-in model.</source>
        <translation>模型算力利用率；选择“自动”时使用内置模型测算。</translation>
    </message>
    <message>
        <source>FLOPs per parameter-token</source>
        <translation>每参数每 token 的 FLOP 数</translation>
    </message>
    <message>
        <source>Training FLOPs per parameter and token: 6 (Kaplan), 8 with activation recomputation.</source>
        <translation>每个参数、每个 token 的训练 FLOP 数：6（Kaplan）；采用激活重计算时为 8。</translation>
    </message>
    <message>
        <source>Interruption rate</source>
        <translation>中断率</translation>
    </message>
    <message>
        <source>Job interruptions per GPU-day (Llama 3: 419 in 54 days on 16,384 GPUs).</source>
        <translation>每 GPU·天的任务中断次数（Llama 3：在 16,384 张 GPU 上 54 天内中断 419 次）。</translation>
    </message>
    <message>
        <source>Restart time</source>
        <translation>重启时间</translation>
    </message>
    <message>
        <source>Time lost per interruption: detection, restart and reload.</source>
        <translation>每次中断损失的时间：包括检测、重启和重新加载。</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>Time between two checkpoints.</source>
        <translation>两次检查点之间的时间间隔。</translation>
    </message>
    <message>
        <source>Checkpoint write time</source>
        <translation>检查点写入时间</translation>
    </message>
    <message>
        <source>Time training pauses to write one checkpoint.</source>
        <translation>写入一次检查点时训练暂停的时间。</translation>
    </message>
    <message>
        <source>Target duration</source>
        <translation>目标工期</translation>
    </message>
    <message>
        <source>The deadline the training job should meet.</source>
        <translation>训练任务应满足的完成期限。</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>CNY/kWh</source>
        <translation>元/kWh</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>:1</source>
        <translation>:1</translation>
    </message>
    <message>
        <source>NICs/card</source>
        <translation>块/卡</translation>
    </message>
    <message>
        <source>/year</source>
        <translation>/年</translation>
    </message>
    <message>
        <source>MWh/year</source>
        <translation>MWh/年</translation>
    </message>
    <message>
        <source>kg/kWh</source>
        <translation>kg/kWh</translation>
    </message>
    <message>
        <source>CNY/kW</source>
        <translation>元/kW</translation>
    </message>
    <message>
        <source>CNY/card-hour</source>
        <translation>元/卡时</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>CNY/year</source>
        <translation>元/年</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>/GPU-day</source>
        <translation>/GPU·天</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%/year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation>TB/s</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>Gb/s</source>
        <translation>Gb/s</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>个端口</translation>
    </message>
    <message>
        <source>CNY/PB</source>
        <translation>元/PB</translation>
    </message>
    <message>
        <source>kW/PB</source>
        <translation>kW/PB</translation>
    </message>
    <message>
        <source>GB/s per PB</source>
        <translation>GB/s（每 PB）</translation>
    </message>
    <message>
        <source>CNY/(Gb/s·year)</source>
        <translation>元/(Gb/s·年)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Site and power</source>
        <translation>站点与电力</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Source: %1 (%2, confidence %3)</source>
        <translation>来源：%1（%2，可信度 %3）</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>S-curve</source>
        <translation>S 曲线</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>平均利用率</translation>
    </message>
    <message>
        <source>Average sold utilization after the ramps: every segment&apos;s utilization scaled together, the mix kept.</source>
        <translation>爬坡期后的平均售出利用率：各客户群利用率按同一比例缩放，客户结构不变。</translation>
    </message>
    <message>
        <source>Ramp-up</source>
        <translation>爬坡期</translation>
    </message>
    <message>
        <source>Months of the longest segment ramp; the other ramps scale with it.</source>
        <translation>最长客户群爬坡期的月数；其他爬坡期随之按比例变化。</translation>
    </message>
    <message>
        <source>Card price</source>
        <translation>加速卡价格</translation>
    </message>
    <message>
        <source>Price of one card; the server&apos;s price moves with its cards.</source>
        <translation>单张加速卡的价格；服务器价格随其所含加速卡同步变化。</translation>
    </message>
    <message>
        <source>Server price</source>
        <translation>服务器价格</translation>
    </message>
    <message>
        <source>Price of one server, cards included.</source>
        <translation>单台服务器的价格（含加速卡）。</translation>
    </message>
    <message>
        <source>Capex overrun</source>
        <translation>投资超支</translation>
    </message>
    <message>
        <source>Every investment item above (or, negative, below) its catalog price, as a share: the budget risk a sensitivity or risk analysis moves.</source>
        <translation>各项投资高于（为负时低于）目录价格的比例：敏感性分析和风险分析所变动的预算风险。</translation>
    </message>
    <message>
        <source>Equipment refresh</source>
        <translation>设备更新</translation>
    </message>
    <message>
        <source>What happens when servers, network, storage and software reach the end of their life before the horizon: keep running (none), buy them again (replace; the old ones are sold at their salvage value) or end the evaluation there (cap).</source>
        <translation>服务器、网络、存储和软件在测算期结束前达到使用寿命时的处理方式：继续运行（不更新）、重新购置（更新；旧设备按残值出售），或在寿命结束时终止测算（截止）。</translation>
    </message>
    <message>
        <source>Refresh price</source>
        <translation>更新价格</translation>
    </message>
    <message>
        <source>Price of a replacement against the original equipment&apos;s (100% = the same).</source>
        <translation>更新设备价格相对原设备价格的比例（100% 表示相同）。</translation>
    </message>
    <message>
        <source>None (equipment keeps running)</source>
        <translation>不更新（设备继续运行）</translation>
    </message>
    <message>
        <source>Replace at the end of its life</source>
        <translation>寿命结束时更新</translation>
    </message>
    <message>
        <source>Stop at the end of its life</source>
        <translation>寿命结束时终止测算</translation>
    </message>
    <message>
        <source>Construction period</source>
        <translation>建设期</translation>
    </message>
    <message>
        <source>Months from the start of construction to the start of operation. The facility is paid over them, nothing is sold, and the interest on loans drawn meanwhile is added to the loans (construction interest).</source>
        <translation>从开工到投入运营的月数。期间分期支付机房设施投资，不产生销售收入；其间提取的贷款利息计入贷款本金（建设期利息）。</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Build a facility of our own (facility cost per kW), or rent racks in a colocation data center at a monthly price instead.</source>
        <translation>自建机房（按每千瓦设施造价），或改为按月租用第三方数据中心的机柜（托管）。</translation>
    </message>
    <message>
        <source>Colocation price per kW</source>
        <translation>托管单价（每千瓦）</translation>
    </message>
    <message>
        <source>Monthly colocation rent per kW of provisioned IT power, energy excluded (with colocation only).</source>
        <translation>按配置IT功率每千瓦计的月托管租金，不含电费（仅托管时）。</translation>
    </message>
    <message>
        <source>Colocation price per rack</source>
        <translation>托管单价（每机柜）</translation>
    </message>
    <message>
        <source>Monthly colocation rent per rack, energy excluded (with colocation only).</source>
        <translation>每机柜的月托管租金，不含电费（仅托管时）。</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>基本电费</translation>
    </message>
    <message>
        <source>Two-part tariff: monthly charge per kW of provisioned facility power, paid whatever the energy drawn.</source>
        <translation>两部制电价：按配置设施功率每千瓦每月收取的基本电费，与用电量无关。</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>峰时段</translation>
    </message>
    <message>
        <source>Time-of-use tariff: hours a day at the peak price.</source>
        <translation>分时电价：每天按峰时电价计费的小时数。</translation>
    </message>
    <message>
        <source>Valley hours</source>
        <translation>谷时段</translation>
    </message>
    <message>
        <source>Time-of-use tariff: hours a day at the valley price; the other hours are at the flat price.</source>
        <translation>分时电价：每天按谷时电价计费的小时数；其余时段按平段电价。</translation>
    </message>
    <message>
        <source>Peak price factor</source>
        <translation>峰时电价系数</translation>
    </message>
    <message>
        <source>Peak price as a multiple of the flat power price.</source>
        <translation>峰时电价相对平段电价的倍数。</translation>
    </message>
    <message>
        <source>Valley price factor</source>
        <translation>谷时电价系数</translation>
    </message>
    <message>
        <source>Valley price as a multiple of the flat power price.</source>
        <translation>谷时电价相对平段电价的倍数。</translation>
    </message>
    <message>
        <source>Load moved to valley hours</source>
        <translation>移至谷时的负荷</translation>
    </message>
    <message>
        <source>Share of the peak-hour energy moved to valley hours, for example by scheduling batch jobs.</source>
        <translation>峰时用电中移到谷时的比例，例如通过调度批处理任务。</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>合同期</translation>
    </message>
    <message>
        <source>Months of the segment&apos;s contract from the start of operation, during which its price is fixed and take-or-pay applies. 0: no contract, the market price throughout.</source>
        <translation>该客户群合同自运营开始的月数，期内价格固定并执行照付不议；0 表示无合同，全程按市场价。</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>照付不议比例</translation>
    </message>
    <message>
        <source>During the contract term, the share of the reserved capacity billed whatever is used.</source>
        <translation>合同期内，无论实际使用多少，预留容量中必须付费的比例。</translation>
    </message>
    <message>
        <source>Renewal probability</source>
        <translation>续约概率</translation>
    </message>
    <message>
        <source>Probability that the contract is renewed at its end; otherwise the capacity goes back to the market.</source>
        <translation>合同到期后续约的概率；未续约的容量回到市场出售。</translation>
    </message>
    <message>
        <source>Renewal price</source>
        <translation>续约价格</translation>
    </message>
    <message>
        <source>Price after renewal, against the segment&apos;s price factor applied to the market list price.</source>
        <translation>续约后的价格，相对于按该客户群价格系数折算的市场刊例价。</translation>
    </message>
    <message>
        <source>Utilization after the term</source>
        <translation>到期后利用率</translation>
    </message>
    <message>
        <source>Utilization of the segment&apos;s capacity when it goes back to the market after an unrenewed contract.</source>
        <translation>合同未续约、容量回到市场后的利用率。</translation>
    </message>
    <message>
        <source>VAT rate on revenue</source>
        <translation>收入增值税税率</translation>
    </message>
    <message>
        <source>Output VAT on revenue: 6% for IT services, 13% for leasing equipment. 0 with every other VAT rate: no VAT.</source>
        <translation>收入的销项税率：信息技术服务6%，有形动产租赁13%。所有增值税税率均为0时不计增值税。</translation>
    </message>
    <message>
        <source>VAT rate on equipment</source>
        <translation>设备增值税税率</translation>
    </message>
    <message>
        <source>Input VAT on servers, network, storage, installation and software (13%), credited against output VAT.</source>
        <translation>服务器、网络、存储、安装和软件的进项税率（13%），可抵扣销项税。</translation>
    </message>
    <message>
        <source>VAT rate on construction</source>
        <translation>建设工程增值税税率</translation>
    </message>
    <message>
        <source>Input VAT on the facility&apos;s construction (9%), credited against output VAT.</source>
        <translation>机房建设的进项税率（9%），可抵扣销项税。</translation>
    </message>
    <message>
        <source>VAT rate on operating costs</source>
        <translation>运营成本增值税税率</translation>
    </message>
    <message>
        <source>Input VAT on electricity, maintenance, insurance, bandwidth and rent (13% for electricity).</source>
        <translation>电费、维护、保险、带宽和租金的进项税率（电费为13%）。</translation>
    </message>
    <message>
        <source>Surtaxes</source>
        <translation>附加税</translation>
    </message>
    <message>
        <source>Urban maintenance and construction tax and education surcharges, as a share of the VAT paid (7% + 3% + 2%).</source>
        <translation>城市维护建设税及教育费附加，占实缴增值税的比例（7% + 3% + 2%）。</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <source>Whether the prices entered (list price, power price, server prices, costs) include VAT. Revenue and costs are always reported net of VAT.</source>
        <translation>输入的价格（刊例价、电价、服务器价格、各项费用）是否含增值税。收入和成本始终按不含税列示。</translation>
    </message>
    <message>
        <source>One-time deduction</source>
        <translation>一次性税前扣除</translation>
    </message>
    <message>
        <source>Deduct equipment of up to ¥5M a unit from taxable profit when it enters service (2024 to 2027), instead of depreciating it.</source>
        <translation>单位价值不超过500万元的设备（2024至2027年购置）在投入使用当月一次性计入成本在税前扣除，而非分年折旧。</translation>
    </message>
    <message>
        <source>Grant treatment</source>
        <translation>补助的税务处理</translation>
    </message>
    <message>
        <source>How the capex grant is taxed: as non-taxable income that reduces the assets&apos; depreciable cost, or as taxable income when received.</source>
        <translation>投资补助的税务处理：作为不征税收入并冲减资产计税基础，或在收到当月作为应税收入。</translation>
    </message>
    <message>
        <source>Working capital held, as a share of the annualized revenue; invested as revenue grows and recovered at the horizon.</source>
        <translation>占年化收入比例的流动资金；随收入增长投入，计算期末全部回收。</translation>
    </message>
    <message>
        <source>Price of the land use right, paid at the start and amortized over its term.</source>
        <translation>土地使用权价款，期初支付，在使用年限内摊销。</translation>
    </message>
    <message>
        <source>Land term</source>
        <translation>土地使用年限</translation>
    </message>
    <message>
        <source>Term of the land use right over which its price is amortized.</source>
        <translation>土地使用权的年限，其价款在此期间内摊销。</translation>
    </message>
    <message>
        <source>Maintenance escalation</source>
        <translation>维护费上涨率</translation>
    </message>
    <message>
        <source>Yearly increase of the maintenance cost after the warranty.</source>
        <translation>保修期后维护费每年的增长率。</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修期</translation>
    </message>
    <message>
        <source>Years of the vendor&apos;s warranty, during which equipment needs no paid maintenance.</source>
        <translation>厂商保修年限，期内设备无需支付维护费。</translation>
    </message>
    <message>
        <source>Spare servers, switches and storage bought with each phase, as a share of that equipment.</source>
        <translation>每期随设备购置的备用服务器、交换机和存储，占该期设备的比例。</translation>
    </message>
    <message>
        <source>CNY/kW per month</source>
        <translation>元/千瓦·月</translation>
    </message>
    <message>
        <source>CNY/rack per month</source>
        <translation>元/机柜·月</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Non-taxable, reduces the asset cost</source>
        <translation>不征税收入，冲减资产成本</translation>
    </message>
    <message>
        <source>Taxable income when received</source>
        <translation>收到时计入应税收入</translation>
    </message>
    <message>
        <source>Build our own facility</source>
        <translation>自建机房</translation>
    </message>
    <message>
        <source>Rent colocation racks</source>
        <translation>租用托管机柜</translation>
    </message>
    <message>
        <source>VAT credit refund</source>
        <translation>留抵退税</translation>
    </message>
    <message>
        <source>Refund the input VAT in excess of output VAT each month (incremental credit refund, 2022) instead of carrying it forward.</source>
        <translation>每月退还超过销项税额的进项税额（2022年增量留抵退税政策），而不是结转下期抵扣。</translation>
    </message>
    <message>
        <source>Refresh card</source>
        <translation>更新换代的加速卡</translation>
    </message>
    <message>
        <source>Card bought when the equipment is replaced (refresh &quot;replace&quot;), with its standard server: its price, power and useful compute per card-hour. Empty: the same card again.</source>
        <translation>设备更新（“到期更新”）时购买的加速卡及其标准服务器：按其价格、功耗和每卡时有效算力计算。留空：仍购买同一型号。</translation>
    </message>
    <message>
        <source>hours/day</source>
        <translation>小时/日</translation>
    </message>
    <message>
        <source>Working capital (of annual revenue)</source>
        <translation>流动资金（占年收入）</translation>
    </message>
    <message>
        <source>Land use right</source>
        <translation>土地使用权费</translation>
    </message>
    <message>
        <source>Spares (of equipment)</source>
        <translation>备件（占设备投资）</translation>
    </message>
    <message>
        <source>Sells</source>
        <translation>购买内容</translation>
    </message>
    <message>
        <source>What the segment buys: card-hours (rental or training jobs, billed alike) or tokens of the inference model (model as a service, MaaS).</source>
        <translation>该客户群购买的内容：卡时（租赁或训练任务，计费相同），或推理模型的 token（模型即服务，MaaS）。</translation>
    </message>
    <message>
        <source>Input token price</source>
        <translation>输入 token 价格</translation>
    </message>
    <message>
        <source>Price per million input tokens that miss the prefix cache, in the first operating month (MaaS).</source>
        <translation>未命中前缀缓存的输入 token 每百万价格，运营首月（MaaS）。</translation>
    </message>
    <message>
        <source>Cached input price</source>
        <translation>缓存命中输入价格</translation>
    </message>
    <message>
        <source>Price per million input tokens found in the prefix cache (MaaS).</source>
        <translation>命中前缀缓存的输入 token 每百万价格（MaaS）。</translation>
    </message>
    <message>
        <source>Output token price</source>
        <translation>输出 token 价格</translation>
    </message>
    <message>
        <source>Price per million output tokens, in the first operating month (MaaS).</source>
        <translation>输出 token 每百万价格，运营首月（MaaS）。</translation>
    </message>
    <message>
        <source>Token price decline</source>
        <translation>token 价格年降幅</translation>
    </message>
    <message>
        <source>Yearly fall of the segment&apos;s token prices, compounded monthly from the first operating month (MaaS).</source>
        <translation>该客户群 token 价格每年的降幅，自运营首月起按月复合（MaaS）。</translation>
    </message>
    <message>
        <source>Serving hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Hours a day the segment&apos;s cards serve tokens; the rest of the day they are rented by the card-hour (MaaS).</source>
        <translation>该客户群的卡每天提供 token 服务的小时数；其余时间按卡时出租（MaaS）。</translation>
    </message>
    <message>
        <source>Off-hours rental</source>
        <translation>闲时出租</translation>
    </message>
    <message>
        <source>Utilization of the segment&apos;s cards rented by the card-hour outside the serving hours, at the list price × price factor (MaaS).</source>
        <translation>服务时段以外按卡时出租的利用率，价格为挂牌价 × 价格系数（MaaS）。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The open-weight model the MaaS segments serve; none by default.</source>
        <translation>MaaS 客户群所服务的开源权重模型；默认无。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Weight precision: BF16, FP8, INT8 or INT4. FP8 and INT8 compute at the card&apos;s FP8 rate where it has one; the KV cache is FP8 with FP8 weights, else 16-bit.</source>
        <translation>权重精度：BF16、FP8、INT8 或 INT4。FP8 和 INT8 在支持 FP8 的卡上按其 FP8 算力计算；FP8 权重时 KV 缓存为 FP8，否则为 16 位。</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Cards that split every layer of one model replica (usually within a server).</source>
        <translation>切分一个模型副本每一层的卡数（通常在一台服务器内）。</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <source>Tensor-parallel groups a mixture-of-experts model spreads its experts over; each group serves its own requests. Cards per deployment = tensor × expert parallel.</source>
        <translation>混合专家模型将专家分布到的张量并行组数；每组处理各自的请求。每个部署的卡数 = 张量并行 × 专家并行。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Concurrent requests per deployment; by default the largest that fits in memory and meets both latency targets.</source>
        <translation>每个部署的并发请求数；默认取显存能容纳且满足两项时延目标的最大值。</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token 数</translation>
    </message>
    <message>
        <source>Prompt tokens per request.</source>
        <translation>每个请求的提示 token 数。</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>Generated tokens per request.</source>
        <translation>每个请求生成的 token 数。</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>Share of input tokens found in the prefix cache: they need no prefill and are sold at the cached price (DeepSeek reported 56.3%).</source>
        <translation>命中前缀缓存的输入 token 占比：无需预填充，按缓存命中价格计费（DeepSeek 公布为 56.3%）。</translation>
    </message>
    <message>
        <source>TTFT target</source>
        <translation>首 token 时延目标</translation>
    </message>
    <message>
        <source>Largest acceptable time to first token.</source>
        <translation>可接受的最长首 token 时延。</translation>
    </message>
    <message>
        <source>TPOT target</source>
        <translation>每 token 时延目标</translation>
    </message>
    <message>
        <source>Largest acceptable time per output token.</source>
        <translation>可接受的最长每输出 token 时延。</translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation>算力效率</translation>
    </message>
    <message>
        <source>Share of the card&apos;s peak FLOP/s a serving engine achieves (calibrated in the methodology).</source>
        <translation>推理引擎实际达到的卡峰值算力占比（标定见方法说明）。</translation>
    </message>
    <message>
        <source>Bandwidth efficiency</source>
        <translation>带宽效率</translation>
    </message>
    <message>
        <source>Share of the card&apos;s peak memory bandwidth a decode step achieves (calibrated in the methodology).</source>
        <translation>解码步骤实际达到的卡峰值显存带宽占比（标定见方法说明）。</translation>
    </message>
    <message>
        <source>Memory usable</source>
        <translation>可用显存</translation>
    </message>
    <message>
        <source>Share of the card&apos;s memory the serving engine may fill with weights, KV cache and activations.</source>
        <translation>推理引擎可用于权重、KV 缓存和激活的显存占比。</translation>
    </message>
    <message>
        <source>CNY/million tokens</source>
        <translation>元/百万 token</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>Card-hours (rental)</source>
        <translation>卡时（租赁）</translation>
    </message>
    <message>
        <source>Card-hours (training)</source>
        <translation>卡时（训练）</translation>
    </message>
    <message>
        <source>Tokens (MaaS)</source>
        <translation>token（MaaS）</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <source>INT4</source>
        <translation>INT4</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Optional: the scenario&apos;s name shown in the Chinese interface.</source>
        <translation>可选：中文界面中显示的方案名称。</translation>
    </message>
    <message>
        <source>Chinese description</source>
        <translation>中文说明</translation>
    </message>
    <message>
        <source>Optional: the description shown in the Chinese interface.</source>
        <translation>可选：中文界面中显示的说明。</translation>
    </message>
    <message>
        <source>Optional: the segment&apos;s name shown in the Chinese interface.</source>
        <translation>可选：中文界面中显示的客户群名称。</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>standard server</source>
        <translation>标准服务器</translation>
    </message>
    <message>
        <source>the same card again</source>
        <translation>同一型号再购</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>NVIDIA</source>
        <translation>英伟达</translation>
    </message>
    <message>
        <source>AMD</source>
        <translation>AMD</translation>
    </message>
    <message>
        <source>Huawei</source>
        <translation>华为</translation>
    </message>
    <message>
        <source>Cambricon</source>
        <translation>寒武纪</translation>
    </message>
    <message>
        <source>Hygon</source>
        <translation>海光</translation>
    </message>
    <message>
        <source>Kunlunxin</source>
        <translation>昆仑芯</translation>
    </message>
    <message>
        <source>Alibaba Qwen</source>
        <translation>阿里巴巴通义千问</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>深度求索（DeepSeek）</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Moonshot AI</source>
        <translation>月之暗面（Moonshot AI）</translation>
    </message>
    <message>
        <source>Zhipu AI (THUDM)</source>
        <translation>智谱 AI（THUDM）</translation>
    </message>
    <message>
        <source>Zhipu AI (Z.ai)</source>
        <translation>智谱 AI（Z.ai）</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>not binding</source>
        <translation>不受约束</translation>
    </message>
    <message>
        <source>Token prices</source>
        <translation>token 价格</translation>
    </message>
    <message>
        <source>Every MaaS segment&apos;s input, cached-input and output token prices, as a share of the scenario&apos;s (100% = as planned).</source>
        <translation>所有 MaaS 客户群的输入、缓存命中输入和输出 token 价格，以方案取值的百分比表示（100% = 按计划）。</translation>
    </message>
</context>
<context>
    <name>ccp::Format</name>
    <message>
        <source>CNY %1 million</source>
        <translation>%1 百万元</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 PFLOPS</source>
        <translation>%1 PFLOPS</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>never completes</source>
        <translation>永远无法完成</translation>
    </message>
    <message>
        <source>million CNY</source>
        <translation>百万元</translation>
    </message>
    <message>
        <source>&lt;%1</source>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <source>&gt;%1</source>
        <translation>&gt;%1</translation>
    </message>
</context>
<context>
    <name>ccp::GoalSeekDialog</name>
    <message>
        <source>Goal Seek: %1</source>
        <translation>单变量求解：%1</translation>
    </message>
    <message>
        <source>Find the</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>that pays back within</source>
        <translation>使投资回收期不超过</translation>
    </message>
    <message>
        <source>that makes the NPV</source>
        <translation>使净现值达到</translation>
    </message>
    <message>
        <source>that makes the IRR</source>
        <translation>使内部收益率达到</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Apply to the Scenario</source>
        <translation>应用到方案</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source> million CNY</source>
        <translation> 百万元</translation>
    </message>
    <message>
        <source>No %1 from %2 to %3 reaches the target: at every value in that range the scenario stays on the wrong side of it.</source>
        <translation>%1 在 %2 至 %3 范围内的任何取值都无法达到目标：在该范围内方案始终未达到目标。</translation>
    </message>
    <message>
        <source>%1 = %2 reaches the target. There: NPV %3, IRR %4, payback %5.</source>
        <translation>%1 = %2 时达到目标。此时：净现值 %3，内部收益率 %4，投资回收期 %5。</translation>
    </message>
    <message>
        <source>A catalog price is not an input of the scenario: it cannot be applied here.</source>
        <translation>目录价格不是方案的输入参数，无法在此应用。</translation>
    </message>
</context>
<context>
    <name>ccp::GuideWindow</name>
    <message>
        <source>The user guide is not installed. It is in the folder docs/guide of the source code.</source>
        <translation>用户指南未安装。它位于源代码的 docs/guide 文件夹中。</translation>
    </message>
    <message>
        <source>User Guide — Compute Center Planner</source>
        <translation>用户指南 — 算力中心规划器</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>ccp::InferenceView</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Deployment (results)</source>
        <translation>部署（结果）</translation>
    </message>
    <message>
        <source>Selling tokens (MaaS)</source>
        <translation>销售 token（MaaS）</translation>
    </message>
</context>
<context>
    <name>ccp::InputModel</name>
    <message>
        <source>Quantity</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>ccp::JsonGuard</name>
    <message>
        <source>nested deeper than %1 levels (the limit)</source>
        <translation>嵌套超过 %1 层（上限）</translation>
    </message>
    <message>
        <source>%1: a text of %2 characters (at most %3)</source>
        <translation>%1：文本长 %2 个字符（最多 %3 个）</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>%1: the key appears twice in one object</source>
        <translation>%1：该键在同一对象中出现了两次</translation>
    </message>
</context>
<context>
    <name>ccp::KeyFiguresView</name>
    <message>
        <source>Cards / servers / racks:</source>
        <translation>加速卡 / 服务器 / 机柜：</translation>
    </message>
    <message>
        <source>Nameplate BF16:</source>
        <translation>标称 BF16：</translation>
    </message>
    <message>
        <source>Effective (estimate):</source>
        <translation>有效算力（估算）：</translation>
    </message>
    <message>
        <source>IT / facility power:</source>
        <translation>IT / 设施功率：</translation>
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
        <source>Payback:</source>
        <translation>投资回收期：</translation>
    </message>
    <message>
        <source>Breakeven utilization:</source>
        <translation>盈亏平衡利用率：</translation>
    </message>
    <message>
        <source>Discounted payback:</source>
        <translation>动态投资回收期：</translation>
    </message>
    <message>
        <source>Cost per card-hour sold:</source>
        <translation>每售出卡时成本：</translation>
    </message>
    <message>
        <source>Training job:</source>
        <translation>训练任务：</translation>
    </message>
    <message>
        <source>%1 (planned %2)</source>
        <translation>%1（计划 %2）</translation>
    </message>
    <message>
        <source>MFU / goodput:</source>
        <translation>MFU / 有效训练时间占比：</translation>
    </message>
    <message>
        <source>%1 (levelized)</source>
        <translation>%1（平准化）</translation>
    </message>
    <message>
        <source>%1 on %2 cards</source>
        <translation>%2 张卡上需 %1</translation>
    </message>
    <message>
        <source>✖ Not feasible as planned: it breaks a hard limit (below). The financial figures assume it could be built and run.</source>
        <translation>✖ 按计划不可行：突破了硬性约束（见下）。财务指标是在假定能够建成并运行的前提下计算的。</translation>
    </message>
    <message>
        <source>%1 (not feasible)</source>
        <translation>%1（不可行）</translation>
    </message>
    <message>
        <source>Return on investment (ROI):</source>
        <translation>总投资收益率：</translation>
    </message>
    <message>
        <source>Return on equity (ROE):</source>
        <translation>资本金净利润率：</translation>
    </message>
    <message>
        <source>Interest coverage (least):</source>
        <translation>利息备付率（最低）：</translation>
    </message>
    <message>
        <source>Debt service coverage (least):</source>
        <translation>偿债备付率（最低）：</translation>
    </message>
    <message>
        <source>Debt ratio (largest):</source>
        <translation>资产负债率（最高）：</translation>
    </message>
    <message>
        <source>Breakeven point (share of planned sales):</source>
        <translation>盈亏平衡点（占计划销售量的比例）：</translation>
    </message>
    <message>
        <source>Cost per million tokens:</source>
        <translation>每百万 token 成本：</translation>
    </message>
    <message>
        <source>Output tokens/s per server:</source>
        <translation>每台服务器输出 token/秒：</translation>
    </message>
    <message>
        <source>MaaS gross margin:</source>
        <translation>MaaS 毛利率：</translation>
    </message>
    <message>
        <source>MaaS margin over rental:</source>
        <translation>MaaS 相对出租的超额收益率：</translation>
    </message>
    <message>
        <source>Breakeven token price:</source>
        <translation>盈亏平衡 token 价格：</translation>
    </message>
    <message>
        <source>%1 (levelized; output only %2)</source>
        <translation>%1（平准化；仅计输出 %2）</translation>
    </message>
    <message>
        <source>%1 per million tokens (%2× today&apos;s prices)</source>
        <translation>每百万 token %1（当前价格的 %2 倍）</translation>
    </message>
    <message>
        <source>Levelized cost per card-hour sold divided by the tokens (input and output) a card-hour serves. In brackets: the same cost carried by output tokens alone.</source>
        <translation>每售出卡时的平准化成本除以每卡时服务的 token 数（输入与输出）。括号内：同一成本仅由输出 token 承担。</translation>
    </message>
    <message>
        <source>Output tokens a server generates per second with the deployment as set in the Inference tab, at the batch served.</source>
        <translation>按“推理”页的部署设置、在实际批量下，每台服务器每秒生成的输出 token 数。</translation>
    </message>
    <message>
        <source>1 − levelized cost of the card-hours that serve tokens ÷ MaaS revenue (present values).</source>
        <translation>1 − 服务 token 的卡时的平准化成本 ÷ MaaS 收入（现值）。</translation>
    </message>
    <message>
        <source>1 − what the same card-hours would earn rented at the list price ÷ MaaS revenue: above zero, selling tokens earns more than renting the cards.</source>
        <translation>1 − 同样卡时按刊例价出租的收入 ÷ MaaS 收入：大于零时，卖 token 比出租算力卡赚得多。</translation>
    </message>
    <message>
        <source>The token price (including VAT when the prices do) at which the NPV is zero: every token price of the MaaS segments multiplied by the factor shown.</source>
        <translation>使净现值为零的 token 价格（价格含增值税时亦含税）：MaaS 客户群的各项 token 价格乘以所示倍数。</translation>
    </message>
    <message>
        <source>The accelerator cards planned, the servers that hold them and the racks for those servers.</source>
        <translation>规划的加速卡数量、容纳这些卡的服务器数量，以及安放这些服务器的机柜数量。</translation>
    </message>
    <message>
        <source>The peak BF16 (16-bit floating point) compute of all cards together, as the data sheets give it, in PFLOPS (10¹⁵ operations per second).</source>
        <translation>全部算力卡按产品规格书给出的 BF16（16 位浮点）峰值算力之和，单位 PFLOPS（每秒 10¹⁵ 次运算）。</translation>
    </message>
    <message>
        <source>The compute a real training job gets out of the cluster: the peak multiplied by the model FLOPs utilization (MFU) and the goodput. An estimate.</source>
        <translation>实际训练任务能从集群获得的算力：峰值算力乘以模型算力利用率（MFU）和有效训练时间占比。为估算值。</translation>
    </message>
    <message>
        <source>MFU (model FLOPs utilization): the share of the peak compute a training job actually uses. Goodput: the share of time that produces progress, after failures, restarts and checkpoints.</source>
        <translation>MFU（模型算力利用率）：训练任务实际用到的峰值算力比例。有效训练时间占比：扣除故障、重启和检查点之后，真正推进训练的时间比例。</translation>
    </message>
    <message>
        <source>IT power: what the servers, network and storage draw. Facility power: IT power multiplied by the PUE (cooling, power conversion, lighting).</source>
        <translation>IT 功率：服务器、网络和存储的用电功率。设施功率：IT 功率乘以 PUE（含制冷、配电损耗和照明）。</translation>
    </message>
    <message>
        <source>Capital expenditure: what has to be bought and built before operation (cards, servers, network, storage, building and power infrastructure).</source>
        <translation>资本支出：投入运营前需要购置和建设的一切（算力卡、服务器、网络、存储、机房与电力设施）。</translation>
    </message>
    <message>
        <source>Net present value: every future cash flow discounted to today at the discount rate and added up. Above zero, the plan earns more than the discount rate.</source>
        <translation>净现值：把未来每一笔现金流按折现率折算到今天后相加。大于零，说明方案的收益高于折现率。</translation>
    </message>
    <message>
        <source>Internal rate of return: the discount rate at which the NPV is zero, the yearly return the plan earns on its investment.</source>
        <translation>内部收益率：使净现值为零的折现率，即方案投资每年获得的收益率。</translation>
    </message>
    <message>
        <source>Payback: the time from the start of the plan until the cumulative cash flow first reaches zero, that is until the investment has been earned back.</source>
        <translation>投资回收期：从方案开始到累计现金流首次回到零所需的时间，即收回投资所用的时间。</translation>
    </message>
    <message>
        <source>Discounted payback: like payback, but with every cash flow discounted to today; always later than the plain payback.</source>
        <translation>动态投资回收期：与投资回收期相同，但每笔现金流先折算到今天；总是晚于静态回收期。</translation>
    </message>
    <message>
        <source>Breakeven utilization: the share of card-hours that has to be sold for the NPV to be zero, beside the utilization planned.</source>
        <translation>盈亏平衡利用率：使净现值为零所需售出的卡时比例，括号中为计划利用率。</translation>
    </message>
    <message>
        <source>Levelized cost of compute: the present value of every cost over the horizon divided by the present value of the card-hours sold; the price per card-hour at which the plan breaks even.</source>
        <translation>平准化算力成本：测算期内全部成本的现值除以售出卡时的现值，即方案盈亏平衡时每卡时的价格。</translation>
    </message>
    <message>
        <source>Return on investment: the average yearly profit before interest and tax divided by the total investment.</source>
        <translation>总投资收益率：年均息税前利润除以总投资。</translation>
    </message>
    <message>
        <source>Return on equity: the average yearly net profit divided by the owners&apos; capital.</source>
        <translation>资本金净利润率：年均净利润除以项目资本金。</translation>
    </message>
    <message>
        <source>Interest coverage: profit before interest and tax divided by the interest due, in the weakest year; below 1 the profit does not pay the interest.</source>
        <translation>利息备付率：息税前利润除以应付利息，取最弱的一年；低于 1 表示利润不足以支付利息。</translation>
    </message>
    <message>
        <source>Debt service coverage: the cash available divided by the interest and repayments due, in the weakest year; below 1 the cash does not cover the debt service.</source>
        <translation>偿债备付率：可用于还本付息的资金除以应还本息，取最弱的一年；低于 1 表示资金不足以还本付息。</translation>
    </message>
    <message>
        <source>Breakeven point: the share of the planned sales at which a normal operating year makes neither profit nor loss.</source>
        <translation>盈亏平衡点：正常运营年份不盈不亏时的销售量占计划销售量的比例。</translation>
    </message>
    <message>
        <source>Debt ratio: liabilities divided by assets, in the year it is highest.</source>
        <translation>资产负债率：负债除以资产，取最高的一年。</translation>
    </message>
    <message>
        <source>How long the training job set in the Training Job tab takes on this cluster, and on how many cards.</source>
        <translation>“训练任务”页中设定的训练任务在本集群上所需的时间，以及使用的卡数。</translation>
    </message>
</context>
<context>
    <name>ccp::MainWindow</name>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>A project keeps at least one scenario.</source>
        <translation>项目须至少保留一个方案。</translation>
    </message>
    <message>
        <source>Select the segment to delete.</source>
        <translation>请选择要删除的客户群。</translation>
    </message>
    <message>
        <source>Select the build phase to delete.</source>
        <translation>请选择要删除的建设阶段。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Example Project</source>
        <translation>打开示例项目(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Table as TSV</source>
        <translation>将表格复制为 TSV(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>Duplicate the scenario</source>
        <translation>创建方案副本</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Add Customer &amp;Segment</source>
        <translation>添加客户群(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;Build Phase</source>
        <translation>添加建设阶段(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preview Report…</source>
        <translation>预览报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Tables (Excel, CSV)…</source>
        <translation>导出表格（Excel、CSV）(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;About Compute Center Planner</source>
        <translation>关于算力中心规划器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>最近的文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Key Figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Site and Power</source>
        <translation>站点与电力</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Training Job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>Bill of Materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Cash Flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Show months</source>
        <translation>显示月度数据</translation>
    </message>
    <message>
        <source>%1[*] — Compute Center Planner</source>
        <translation>%1[*] — 算力中心规划器</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <source>%1 is open in another instance (%2). Close it there first.</source>
        <translation>%1 已在另一个实例中打开（%2）。请先在该实例中关闭。</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Projects (*.ccplan *.json);;All files (*)</source>
        <translation>项目 (*.ccplan *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard every change since the last save?</source>
        <translation>是否放弃自上次保存以来的所有更改？</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Compute Center Planner projects (*.ccplan)</source>
        <translation>算力中心规划器项目 (*.ccplan)</translation>
    </message>
    <message>
        <source>%1 is open in another instance (%2).</source>
        <translation>%1 已在另一个实例中打开（%2）。</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>The previous file, if any, is unchanged.</source>
        <translation>原有文件（如有）保持不变。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Table copied as tab-separated values.</source>
        <translation>表格已复制为制表符分隔值（TSV）。</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Compute Center Planner did not close normally. A recovery copy of %1 from %2 exists. Recover it?</source>
        <translation>算力中心规划器上次未正常关闭。存在 %1 于 %2 保存的恢复副本。是否恢复？</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read; it is kept at %1.</source>
        <translation>无法读取恢复副本；该副本保留在 %1。</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Author shown on the title page:</source>
        <translation>封面显示的编制人：</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the tables</source>
        <translation>无法导出表格</translation>
    </message>
    <message>
        <source>Tables written to %1</source>
        <translation>表格已写入 %1</translation>
    </message>
    <message>
        <source>About Compute Center Planner</source>
        <translation>关于算力中心规划器</translation>
    </message>
    <message>
        <source>Cannot create a project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo…</source>
        <translation>运行蒙特卡洛模拟(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Goal Seek…</source>
        <translation>单变量求解(&amp;G)…</translation>
    </message>
    <message>
        <source>Cannot apply the value</source>
        <translation>无法应用该数值</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>&amp;Optimize Configuration…</source>
        <translation>优化配置(&amp;O)…</translation>
    </message>
    <message>
        <source>Cannot keep the Monte Carlo settings</source>
        <translation>无法保存蒙特卡洛设置</translation>
    </message>
    <message>
        <source>Add optimized scenario &quot;%1&quot;</source>
        <translation>添加优化情景“%1”</translation>
    </message>
    <message>
        <source>Cannot add the configuration</source>
        <translation>无法添加该配置</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Financial Statements</source>
        <translation>财务报表</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Compute Center Planner %1&lt;/h3&gt;&lt;p&gt;Plans AI compute centers: cards, network, power, customers, cash flows, payback and effective compute, from one documented model.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3), SQLite %4.&lt;/p&gt;&lt;p&gt;Copyright © the Compute Center Planner developers. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later); there is NO WARRANTY. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Hardware figures partly from Epoch AI, Machine Learning Hardware, epoch.ai (CC BY 4.0). Other figures from vendor data sheets, NDRC policy documents, the Ministry of Ecology and Environment&apos;s grid emission factors and press reports, each named in the catalog with its date and confidence (share/ccplanner/catalog/SOURCES.md). Figures marked as estimates are our own.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;算力中心规划器 %1&lt;/h3&gt;&lt;p&gt;规划智算中心：算力卡、网络、电力、客户、现金流、投资回收期与有效算力，全部出自一个有文档的模型。&lt;/p&gt;&lt;p&gt;Qt %2（编译时版本 %3），SQLite %4。&lt;/p&gt;&lt;p&gt;版权所有 © 算力中心规划器开发者。以 GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）发布；不提供任何担保。&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据。&lt;/b&gt;硬件数据部分来自 Epoch AI, Machine Learning Hardware, epoch.ai（CC BY 4.0）。其他数据来自厂商规格书、国家发展改革委政策文件、生态环境部电力二氧化碳排放因子与媒体报道，均在目录中注明来源、日期与可信度（share/ccplanner/catalog/SOURCES.md）。标为估计值的数字为本项目自行估计。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Dele&amp;te Customer Segment</source>
        <translation>删除客户群(&amp;T)</translation>
    </message>
    <message>
        <source>Delete Build P&amp;hase</source>
        <translation>删除建设阶段(&amp;H)</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>导出 PDF 报告(&amp;D)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New project (%1)</source>
        <translation>新建项目（%1）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a project (%1)</source>
        <translation>打开项目（%1）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the project (%1)</source>
        <translation>保存项目（%1）</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Preview the report and print it (%1)</source>
        <translation>预览并打印报告（%1）</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Hardware and site catalog</source>
        <translation>硬件与站点目录</translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation>将方案上移</translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation>将方案下移</translation>
    </message>
    <message>
        <source>(as opened)</source>
        <translation>（打开时的状态）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案概况</translation>
    </message>
    <message>
        <source>Build phases: when the cards go into service, in stages</source>
        <translation>建设阶段：算力卡分期投入使用的时间与比例</translation>
    </message>
    <message>
        <source>Customer segments: who buys the capacity, how much and at what price</source>
        <translation>客户群：谁购买算力、购买多少、以什么价格</translation>
    </message>
    <message>
        <source>Values in italics are estimates (a site preset or an unverified catalog figure); the tooltip names the source.</source>
        <translation>斜体数值为估算值（来自站点预设或未经核实的目录数据）；鼠标悬停可查看来源。</translation>
    </message>
    <message>
        <source>Prices in italics are estimates; the tooltip names the source.</source>
        <translation>斜体价格为估算值；鼠标悬停可查看来源。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>撤销：%1（%2）</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>重做：%1（%2）</translation>
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
        <translation>%1：各客户群占比之和为 %2，大于 1</translation>
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
    <message>
        <source>Steady year cut off by the horizon</source>
        <translation>稳定年被测算期截断</translation>
    </message>
    <message>
        <source>Ramps, the introductory price or build phases run until year %1, past the horizon: the steady-year figures describe year %2, before the center is fully built or sold.</source>
        <translation>爬坡、优惠期或分期建设持续到第 %1 年，超出测算期：稳定年指标描述的是第 %2 年，此时中心尚未全部建成或售出。</translation>
    </message>
    <message>
        <source>No card-hours are sold.</source>
        <translation>没有售出任何卡时。</translation>
    </message>
    <message>
        <source>The cluster delivers no effective compute.</source>
        <translation>集群不提供任何有效算力。</translation>
    </message>
    <message>
        <source>There is no revenue in the steady year.</source>
        <translation>稳定年没有收入。</translation>
    </message>
    <message>
        <source>The cash flows never change sign, so no discount rate makes the NPV zero.</source>
        <translation>现金流从不改变符号，没有任何折现率能使净现值为零。</translation>
    </message>
    <message>
        <source>The NPV has no root between −99% and 10,000% a year.</source>
        <translation>在年化 −99% 至 10,000% 之间净现值没有零点。</translation>
    </message>
    <message>
        <source>The cumulative cash flow never turns positive within the horizon.</source>
        <translation>在测算期内累计现金流始终未转正。</translation>
    </message>
    <message>
        <source>No customer segment buys any capacity.</source>
        <translation>没有任何客户群购买算力。</translation>
    </message>
    <message>
        <source>The NPV stays negative even at 100% utilization.</source>
        <translation>即使利用率达到 100%，净现值仍为负。</translation>
    </message>
    <message>
        <source>The revenue is zero at every price (nothing is sold, or every price factor is 0).</source>
        <translation>任何价格下收入都为零（没有售出，或所有价格系数为 0）。</translation>
    </message>
    <message>
        <source>The training job makes no progress: interruptions outpace checkpoints.</source>
        <translation>训练任务无法推进：中断比检查点更频繁。</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT 分布</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation>最小值大于最大值</translation>
    </message>
    <message>
        <source>a uniform distribution needs a finite minimum and maximum</source>
        <translation>均匀分布需要有限的最小值和最大值</translation>
    </message>
    <message>
        <source>a triangular or PERT distribution needs a finite minimum and maximum</source>
        <translation>三角分布或 PERT 分布需要有限的最小值和最大值</translation>
    </message>
    <message>
        <source>the most likely value is outside the minimum and maximum</source>
        <translation>最可能值不在最小值与最大值之间</translation>
    </message>
    <message>
        <source>a normal distribution needs a finite mean and a standard deviation ≥ 0</source>
        <translation>正态分布需要有限的均值和不小于 0 的标准差</translation>
    </message>
    <message>
        <source>a lognormal distribution needs a median above 0 and a σ ≥ 0</source>
        <translation>对数正态分布需要大于 0 的中位数和不小于 0 的 σ</translation>
    </message>
    <message>
        <source>%1: not an input the Monte Carlo can vary</source>
        <translation>%1：不是蒙特卡洛可以变动的输入</translation>
    </message>
    <message>
        <source>%1: this input is given twice</source>
        <translation>%1：该输入出现了两次</translation>
    </message>
    <message>
        <source>%1: unknown distribution (uniform, triangular, pert, normal or lognormal)</source>
        <translation>%1：未知的分布（uniform、triangular、pert、normal 或 lognormal）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the number of draws must be from 1 to 10,000,000</source>
        <translation>%1：抽样次数须在 1 至 10,000,000 之间</translation>
    </message>
    <message>
        <source>%1: the correlation must be from −1 to 1</source>
        <translation>%1：相关系数须在 −1 至 1 之间</translation>
    </message>
    <message>
        <source>%1: the payback target must be from 0 to 1,200 months</source>
        <translation>%1：回收期目标须在 0 至 1,200 个月之间</translation>
    </message>
    <message>
        <source>%1: outside the range the input may take</source>
        <translation>%1：超出该输入的允许范围</translation>
    </message>
    <message>
        <source>Nothing is borrowed, so there is no interest or debt service to cover.</source>
        <translation>无借款，因此没有需要偿付的利息或债务本息。</translation>
    </message>
    <message>
        <source>The horizon holds no whole year of operation.</source>
        <translation>测算期内没有完整的运营年度。</translation>
    </message>
    <message>
        <source>Revenue does not exceed the variable cost, so no sales volume breaks even.</source>
        <translation>营业收入不高于可变成本，任何销售量都无法达到盈亏平衡。</translation>
    </message>
    <message>
        <source>%1: a MaaS segment sells tokens of the inference model; choose a model first</source>
        <translation>%1：MaaS 客户群销售推理模型的 token，请先选择模型</translation>
    </message>
    <message>
        <source>%1: contracts apply to card-hour segments, not to MaaS segments</source>
        <translation>%1：合同只适用于按卡时计费的客户群，不适用于 MaaS 客户群</translation>
    </message>
    <message>
        <source>Inference model cannot be served</source>
        <translation>推理模型无法部署</translation>
    </message>
    <message>
        <source>Inference misses its latency target</source>
        <translation>推理未达时延目标</translation>
    </message>
    <message>
        <source>Precision not published</source>
        <translation>该精度未发布</translation>
    </message>
    <message>
        <source>The inference model cannot be served as deployed: %1 The MaaS segments sell no tokens until the deployment is changed.</source>
        <translation>按当前部署无法运行推理模型：%1在修改部署之前，MaaS 客户群不销售任何 token。</translation>
    </message>
    <message>
        <source>The model&apos;s developer publishes no weights at the chosen precision: quantizing them is your assumption, and its accuracy is not checked here.</source>
        <translation>模型开发者未发布所选精度的权重：量化是您的假设，本软件不检验其精度损失。</translation>
    </message>
    <message>
        <source>The batch served misses the latency targets (time per output token %1 ms, target %2 ms; or the time to first token is above its target): use a smaller batch, more cards per deployment, a faster card or a lower precision.</source>
        <translation>所用批大小未达时延目标（每输出 token 时延 %1 毫秒，目标 %2 毫秒；或首 token 时延超过目标）：请减小批大小、增加每个部署的卡数、换用更快的卡或更低的精度。</translation>
    </message>
    <message>
        <source>No inference model is chosen.</source>
        <translation>未选择推理模型。</translation>
    </message>
    <message>
        <source>The inference model cannot be served on the chosen cards and parallelism.</source>
        <translation>在所选的卡和并行方式下无法部署推理模型。</translation>
    </message>
    <message>
        <source>No customer segment buys tokens (MaaS).</source>
        <translation>没有客户群购买 token（MaaS）。</translation>
    </message>
    <message>
        <source>Every card-hour sold serves tokens, so the card-hour price changes nothing.</source>
        <translation>售出的卡时全部用于 token 服务，卡时价格不影响结果。</translation>
    </message>
    <message>
        <source>no model is chosen.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <source>expert parallelism needs a mixture-of-experts model.</source>
        <translation>专家并行需要混合专家（MoE）模型。</translation>
    </message>
    <message>
        <source>input and output tokens exceed the model&apos;s context length.</source>
        <translation>输入与输出 token 之和超过模型的上下文长度。</translation>
    </message>
    <message>
        <source>one deployment needs more cards than the cluster has.</source>
        <translation>一个部署所需的卡数超过集群的卡数。</translation>
    </message>
    <message>
        <source>the experts are spread over several servers, but the cluster has no scale-out network (network cards per card is 0).</source>
        <translation>专家分布在多台服务器上，但集群没有横向扩展网络（每卡网卡数为 0）。</translation>
    </message>
    <message>
        <source>the weights do not fit in the cards&apos; memory; spread them over more cards.</source>
        <translation>权重超出卡的显存；请分布到更多的卡上。</translation>
    </message>
    <message>
        <source>the KV cache of the chosen batch does not fit in the cards&apos; memory.</source>
        <translation>所选批大小的 KV 缓存超出卡的显存。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must be %1 or more</source>
        <translation>必须不小于 %1</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须为 %1</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>必须在 %1 至 %2 之间</translation>
    </message>
    <message>
        <source>must be from %1 to %2 %3</source>
        <translation>必须在 %1 至 %2 %3 之间</translation>
    </message>
    <message>
        <source>%1 of segment “%2”</source>
        <translation>客户群“%2”的%1</translation>
    </message>
    <message>
        <source>%1 of segment %2</source>
        <translation>客户群 %2 的%1</translation>
    </message>
    <message>
        <source>%1 of build phase %2</source>
        <translation>建设阶段 %2 的%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Change %1 (%2)</source>
        <translation>修改 %1（%2）</translation>
    </message>
    <message>
        <source>%1 set to %2 (%3)</source>
        <translation>%1 设为 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2 → %3 %4 (%5)</source>
        <translation>%1 %2 → %3 %4（%5）</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation>%1 %2 → %3（%4）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Filled from %1: %2.</source>
        <translation>已按%1填入：%2。</translation>
    </message>
    <message>
        <source>Kept as set by hand: %1.</source>
        <translation>保留手动设置的值：%1。</translation>
    </message>
    <message>
        <source>%1 is not an input of a scenario.</source>
        <translation>%1 不是方案的输入项。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid value.</source>
        <translation>%1：“%2”不是有效的值。</translation>
    </message>
    <message>
        <source>%1: not a valid value.</source>
        <translation>%1：不是有效的值。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1%2。</translation>
    </message>
    <message>
        <source>%1 %2, not %3.</source>
        <translation>%1%2，不能为 %3。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须为整数。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1: there is no catalog entry “%2”.</source>
        <translation>%1：目录中没有条目“%2”。</translation>
    </message>
    <message>
        <source>%1: the server “%2” does not carry the chosen accelerator.</source>
        <translation>%1：服务器“%2”不搭载所选的加速卡。</translation>
    </message>
    <message>
        <source>The segments&apos; shares add up to %1, more than 100%.</source>
        <translation>客户群占比之和为 %1，超过 100%。</translation>
    </message>
    <message>
        <source>The build phases&apos; shares add up to %1, not 100%.</source>
        <translation>建设阶段占比之和为 %1，不等于 100%。</translation>
    </message>
    <message>
        <source>%1: there is no such row.</source>
        <translation>%1：没有这一行。</translation>
    </message>
    <message>
        <source>%1: a MaaS segment sells tokens of the inference model; choose a model first.</source>
        <translation>%1：MaaS 客户群出售推理模型的 token，请先选择模型。</translation>
    </message>
    <message>
        <source>%1: contracts apply to card-hour segments, not to MaaS segments.</source>
        <translation>%1：合同适用于按卡时计费的客户群，不适用于 MaaS 客户群。</translation>
    </message>
    <message>
        <source>The training job never completes: interruptions outpace checkpoints (target %1 days).</source>
        <translation>训练作业永远无法完成：中断快于检查点（目标 %1 天）。</translation>
    </message>
    <message>
        <source>The card has no published FP8 rate.</source>
        <translation>该卡未公布 FP8 算力。</translation>
    </message>
</context>
<context>
    <name>ccp::OptimizerDialog</name>
    <message>
        <source>Optimize the configuration: %1</source>
        <translation>优化配置：%1</translation>
    </message>
    <message>
        <source>Objective and constraints</source>
        <translation>目标与约束</translation>
    </message>
    <message>
        <source>Highest NPV</source>
        <translation>净现值最高</translation>
    </message>
    <message>
        <source>Shortest payback</source>
        <translation>回收期最短</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Follows useful performance</source>
        <translation>随有效性能变化</translation>
    </message>
    <message>
        <source>The same for every card</source>
        <translation>所有加速卡相同</translation>
    </message>
    <message>
        <source>How the list price per card-hour follows the configuration. By default the scenario&apos;s price per useful PFLOP-hour is kept: a card that delivers twice the useful compute rents at twice the price.</source>
        <translation>每卡时刊例价如何随配置变化。默认保持情景中每有效 PFLOP 时的价格：有效算力翻倍的加速卡，租价也翻倍。</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>刊例价</translation>
    </message>
    <message>
        <source>Budget at most</source>
        <translation>投资不超过</translation>
    </message>
    <message>
        <source> million CNY</source>
        <translation> 百万元</translation>
    </message>
    <message>
        <source>Facility power at most</source>
        <translation>设施功率不超过</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> 兆瓦</translation>
    </message>
    <message>
        <source>Effective compute at least</source>
        <translation>有效算力不低于</translation>
    </message>
    <message>
        <source> PFLOPS</source>
        <translation> PFLOPS</translation>
    </message>
    <message>
        <source>Training job done within</source>
        <translation>训练任务完成时间不超过</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>What to try</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Card counts to try, separated by commas.</source>
        <translation>要尝试的卡数，用逗号分隔。</translation>
    </message>
    <message>
        <source>Card counts</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>Fabrics</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Leaf oversubscriptions (down:up) to try, from 1 (non-blocking), separated by commas.</source>
        <translation>要尝试的叶交换机收敛比（下行:上行），从 1（无阻塞）起，用逗号分隔。</translation>
    </message>
    <message>
        <source>Oversubscriptions</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Oversubscription</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>回收期</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Add as Scenario</source>
        <translation>添加为情景</translation>
    </message>
    <message>
        <source>Adds the chosen configuration to the project as a new scenario (one step to undo).</source>
        <translation>将所选配置作为新情景加入项目（一步即可撤销）。</translation>
    </message>
    <message>
        <source>%1 × %2, %3 (optimized)</source>
        <translation>%1 × %2，%3（优化）</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the project.</source>
        <translation>已将“%1”加入项目。</translation>
    </message>
    <message>
        <source>Choose at least one card.</source>
        <translation>请至少选择一种加速卡。</translation>
    </message>
    <message>
        <source>Card counts: whole numbers from 1 to 1,000,000, separated by commas.</source>
        <translation>卡数：1 至 1,000,000 之间的整数，用逗号分隔。</translation>
    </message>
    <message>
        <source>Choose at least one fabric.</source>
        <translation>请至少选择一种网络。</translation>
    </message>
    <message>
        <source>Oversubscriptions: numbers from 1 to 64, separated by commas.</source>
        <translation>收敛比：1 至 64 之间的数，用逗号分隔。</translation>
    </message>
    <message>
        <source>Choose at least one site.</source>
        <translation>请至少选择一个站点。</translation>
    </message>
    <message>
        <source>%1 configurations to evaluate.</source>
        <translation>待评估 %1 个配置。</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>已取消：未保留任何结果。</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>needs more power</source>
        <translation>功率超限</translation>
    </message>
    <message>
        <source>too little compute</source>
        <translation>算力不足</translation>
    </message>
    <message>
        <source>misses the training deadline</source>
        <translation>训练无法按期完成</translation>
    </message>
    <message>
        <source>not a valid scenario (%1)</source>
        <translation>不是有效的情景（%1）</translation>
    </message>
    <message>
        <source>%1 CNY/card-h</source>
        <translation>%1 元/卡时</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 configurations evaluated, %2 feasible; the best %3 are listed.</source>
        <translation>已评估 %1 个配置，其中 %2 个可行；列出最优的 %3 个。</translation>
    </message>
    <message>
        <source>No configuration meets the constraints: relax one and run again.</source>
        <translation>没有满足约束条件的配置：请放宽一项约束后重新运行。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ccp::ParetoChart</name>
    <message>
        <source>Capex against NPV of the configurations</source>
        <translation>各配置的投资与净现值</translation>
    </message>
    <message>
        <source>Feasible configurations</source>
        <translation>可行配置</translation>
    </message>
    <message>
        <source>Pareto front (no cheaper configuration earns more)</source>
        <translation>帕累托前沿（没有更便宜且收益更高的配置）</translation>
    </message>
    <message>
        <source>The scenario as planned</source>
        <translation>当前规划情景</translation>
    </message>
    <message>
        <source>Chosen configuration</source>
        <translation>所选配置</translation>
    </message>
    <message>
        <source>Capex (million CNY)</source>
        <translation>投资（百万元）</translation>
    </message>
    <message>
        <source>NPV (million CNY)</source>
        <translation>净现值（百万元）</translation>
    </message>
    <message>
        <source>Capex %1, NPV %2</source>
        <translation>投资 %1，净现值 %2</translation>
    </message>
</context>
<context>
    <name>ccp::PaybackChart</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>利用率（%）</translation>
    </message>
    <message>
        <source>Cumulative cash flow&lt;br&gt;(million CNY)</source>
        <translation>累计现金流&lt;br&gt;（百万元）</translation>
    </message>
    <message>
        <source>Cumulative cash flow</source>
        <translation>累计现金流</translation>
    </message>
    <message>
        <source>Month %1: cumulative cash flow %2 million CNY</source>
        <translation>第 %1 个月：累计现金流 %2 百万元</translation>
    </message>
    <message>
        <source>Sold utilization</source>
        <translation>售出利用率</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>No payback within the horizon</source>
        <translation>测算期内无法收回投资</translation>
    </message>
    <message>
        <source>Month %1: utilization %2</source>
        <translation>第 %1 个月：利用率 %2</translation>
    </message>
    <message>
        <source>Payback: %1</source>
        <translation>投资回收期：%1</translation>
    </message>
    <message>
        <source>Payback after %1 (%2)</source>
        <translation>%1后收回投资（%2）</translation>
    </message>
    <message>
        <source>Utilization and cash flow by month</source>
        <translation>逐月利用率与现金流</translation>
    </message>
    <message>
        <source>Cash = 0</source>
        <translation>累计现金流 = 0</translation>
    </message>
    <message>
        <source>Residual value %1</source>
        <translation>残值 %1</translation>
    </message>
    <message>
        <source>Month %1: the residual (book) value of what is left, %2 million CNY, counts as received</source>
        <translation>第 %1 月：剩余资产的残值（账面价值）%2 百万元，计为收回</translation>
    </message>
</context>
<context>
    <name>ccp::PdfReport</name>
    <message>
        <source>Feasibility study</source>
        <translation>可行性研究报告</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>no scenario to report on</source>
        <translation>没有可生成报告的方案</translation>
    </message>
    <message>
        <source>the document could not be started</source>
        <translation>无法创建文档</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the document could not be finished</source>
        <translation>无法完成文档</translation>
    </message>
    <message>
        <source>Cannot write the report “%1”: no scenario to report on</source>
        <translation>无法写入报告“%1”：没有可生成报告的方案</translation>
    </message>
    <message>
        <source>Cannot write the report “%1”: charts need a QApplication</source>
        <translation>无法写入报告“%1”：生成图表需要 QApplication</translation>
    </message>
    <message>
        <source>Cannot write the report “%1”: %2</source>
        <translation>无法写入报告“%1”：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1.%2 %3</source>
        <translation>%1.%2 %3</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Main scenario: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>主方案：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scenarios compared:</source>
        <translation>对比方案：</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>编制人：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Prepared with Compute Center Planner %1</source>
        <translation>使用算力中心规划器 %1 编制</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Inputs and sources</source>
        <translation>输入参数与来源</translation>
    </message>
    <message>
        <source>Every input of the scenario with its unit and source. Values filled from a catalog entry name the entry; its source is listed in section %1.3.</source>
        <translation>本节列出本方案的全部输入参数及其单位和来源。取自目录条目的数值注明了所依据的条目，其来源列于第 %1.3 节。</translation>
    </message>
    <message>
        <source>Scenario inputs</source>
        <translation>方案输入参数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入参数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 An estimate: the catalog entry marks this value as its own estimate (no firm published figure), or the value comes from a model.</source>
        <translation>%1 估算值：目录条目将该数值标注为其自行估算（无确切的公开数据），或该数值来自模型测算。</translation>
    </message>
    <message>
        <source>Customer segments and build phases</source>
        <translation>客户群与建设阶段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Ramp (months)</source>
        <translation>爬坡期（个月）</translation>
    </message>
    <message>
        <source>Ramp shape</source>
        <translation>爬坡曲线</translation>
    </message>
    <message>
        <source>Price factor</source>
        <translation>价格系数</translation>
    </message>
    <message>
        <source>Everything is built at month 0 (no build phases).</source>
        <translation>全部设备于第 0 个月建成（不分建设阶段）。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Share of the cards</source>
        <translation>加速卡占比</translation>
    </message>
    <message>
        <source>Catalog entries used</source>
        <translation>所用目录条目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Estimated fields</source>
        <translation>估算字段</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Equipment and works at full build-out. Unit prices come from the catalog entries named; the total is the capital expenditure of the scenario.</source>
        <translation>全部建成时的设备与工程量。单价取自所列目录条目；合计即本方案的资本支出。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Total capital expenditure</source>
        <translation>资本支出合计</translation>
    </message>
    <message>
        <source>%1 Unit price estimated by us; see the catalog entry&apos;s source.</source>
        <translation>%1 单价系目录编制方估算，参见该目录条目的来源说明。</translation>
    </message>
    <message>
        <source>Sizing, network and power</source>
        <translation>规模、网络与电力</translation>
    </message>
    <message>
        <source>Cluster and racks</source>
        <translation>集群与机柜</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Servers per rack</source>
        <translation>每机柜服务器数</translation>
    </message>
    <message>
        <source>Compute racks</source>
        <translation>计算机柜</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Network racks</source>
        <translation>网络机柜</translation>
    </message>
    <message>
        <source>Storage racks</source>
        <translation>存储机柜</translation>
    </message>
    <message>
        <source>Racks in total</source>
        <translation>机柜总数</translation>
    </message>
    <message>
        <source>Rack density (provisioned)</source>
        <translation>单机柜功率密度（配置容量）</translation>
    </message>
    <message>
        <source>kW/rack</source>
        <translation>kW/机柜</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>机房面积</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Scale-out network</source>
        <translation>横向扩展网络</translation>
    </message>
    <message>
        <source>No scale-out fabric: the cluster uses its scale-up domains only.</source>
        <translation>未配置横向扩展网络：集群仅使用其纵向扩展（scale-up）域。</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>组网</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Endpoints (NIC ports)</source>
        <translation>端点数（网卡端口）</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Oversubscription (leaf down:up)</source>
        <translation>收敛比（叶交换机下行:上行）</translation>
    </message>
    <message>
        <source>:1</source>
        <translation>:1</translation>
    </message>
    <message>
        <source>Leaf switches</source>
        <translation>叶交换机</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Spine switches</source>
        <translation>脊交换机</translation>
    </message>
    <message>
        <source>Core switches</source>
        <translation>核心交换机</translation>
    </message>
    <message>
        <source>Links (node–leaf / leaf–spine / spine–core)</source>
        <translation>链路（节点–叶 / 叶–脊 / 脊–核心）</translation>
    </message>
    <message>
        <source>links</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Links in total</source>
        <translation>链路总数</translation>
    </message>
    <message>
        <source>Optical transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Capacity of the topology</source>
        <translation>拓扑容量</translation>
    </message>
    <message>
        <source>Network power</source>
        <translation>网络功率</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Power, energy and emissions</source>
        <translation>电力、能耗与排放</translation>
    </message>
    <message>
        <source>IT power (provisioned)</source>
        <translation>IT 功率（配置容量）</translation>
    </message>
    <message>
        <source>Facility power (provisioned, × PUE)</source>
        <translation>设施功率（配置容量，× PUE）</translation>
    </message>
    <message>
        <source>IT power drawn at steady state</source>
        <translation>稳态 IT 实际功率</translation>
    </message>
    <message>
        <source>Facility power drawn at steady state</source>
        <translation>稳态设施实际功率</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Annual energy (steady-state year)</source>
        <translation>年用电量（稳态年份）</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Annual CO₂ emissions</source>
        <translation>年 CO₂ 排放量</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The evaluation raised no warnings.</source>
        <translation>评估未产生警告。</translation>
    </message>
    <message>
        <source>Effective performance</source>
        <translation>有效算力</translation>
    </message>
    <message>
        <source>Nameplate compute is derated step by step: to the hours the cards are available, to the share of them that is sold, and to the useful work of a large-model training job (MFU × goodput, an estimate). Of %1 PFLOPS nameplate, %2 PFLOPS are useful (%3).</source>
        <translation>标称算力逐级折损：先按加速卡的可用时长折算，再按其中售出的比例折算，最后按大模型训练任务的有效工作量折算（MFU × 有效训练时间占比，为估算值）。在 %1 PFLOPS 标称算力中，有效算力为 %2 PFLOPS（%3）。</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>模型算力利用率（MFU）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>取决于</translation>
    </message>
    <message>
        <source>Reference MFU</source>
        <translation>参考 MFU</translation>
    </message>
    <message>
        <source>mature stack, 8-card NVLink domains</source>
        <translation>成熟软件栈，8 卡 NVLink 域</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>card&apos;s software efficiency</source>
        <translation>加速卡的软件效率</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>(memory GB / 80)^0.1</source>
        <translation>(显存 GB / 80)^0.1</translation>
    </message>
    <message>
        <source>Scale-up</source>
        <translation>纵向扩展</translation>
    </message>
    <message>
        <source>scale-up GB/s per TFLOP/s, domain size</source>
        <translation>每 TFLOP/s 的纵向扩展带宽（GB/s）、域大小</translation>
    </message>
    <message>
        <source>Scale-out</source>
        <translation>横向扩展</translation>
    </message>
    <message>
        <source>NIC Gb/s per card per TFLOP/s</source>
        <translation>每卡每 TFLOP/s 的网卡带宽（Gb/s）</translation>
    </message>
    <message>
        <source>Oversubscription</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <source>1 / (1 + 0.05·(r − 1))</source>
        <translation>1 / (1 + 0.05·(r − 1))</translation>
    </message>
    <message>
        <source>Cluster size</source>
        <translation>集群规模</translation>
    </message>
    <message>
        <source>cards in the job</source>
        <translation>任务所用卡数</translation>
    </message>
    <message>
        <source>MFU of the model</source>
        <translation>模型测算的 MFU</translation>
    </message>
    <message>
        <source>The scenario sets the MFU to %1; the model&apos;s value above is shown for comparison.</source>
        <translation>本方案将 MFU 设定为 %1；上表中的模型测算值仅供对比。</translation>
    </message>
    <message>
        <source>Goodput under interruptions and checkpoints: %1 (Young/Daly, first order).</source>
        <translation>考虑中断与检查点后的有效训练时间占比：%1（Young/Daly 一阶近似）。</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数量</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>trillion</source>
        <translation>万亿</translation>
    </message>
    <message>
        <source>Training compute (%1·N·D)</source>
        <translation>训练计算量（%1·N·D）</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>Cards used</source>
        <translation>使用卡数</translation>
    </message>
    <message>
        <source>MFU × goodput</source>
        <translation>MFU × 有效训练时间占比</translation>
    </message>
    <message>
        <source>Wall-clock duration</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Target duration</source>
        <translation>目标工期</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>是否满足目标</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 时数</translation>
    </message>
    <message>
        <source>card-hours</source>
        <translation>卡时</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Cost at the scenario&apos;s list price</source>
        <translation>按本方案刊例价计算的费用</translation>
    </message>
    <message>
        <source>Memory needed / available</source>
        <translation>所需显存 / 可用显存</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Utilization, payback and cash flows</source>
        <translation>利用率、投资回收与现金流</translation>
    </message>
    <message>
        <source>Monthly sold utilization against the cumulative project cash flow. %1</source>
        <translation>月度售出利用率与项目累计现金流对照。%1</translation>
    </message>
    <message>
        <source>The cumulative cash flow turns positive after %1 months (%2).</source>
        <translation>累计现金流在 %1 个月后转正（%2）。</translation>
    </message>
    <message>
        <source>The cumulative cash flow stays negative over the horizon.</source>
        <translation>累计现金流在整个测算期内始终为负。</translation>
    </message>
    <message>
        <source>Capex and opex breakdown</source>
        <translation>资本支出与运营成本构成</translation>
    </message>
    <message>
        <source>Capex item</source>
        <translation>资本支出项目</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Opex item (year %1)</source>
        <translation>运营成本项目（第 %1 年）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Steady-state year %1: revenue %2, opex %3, EBITDA margin %4.</source>
        <translation>稳态年份（第 %1 年）：收入 %2，运营成本 %3，EBITDA 利润率 %4。</translation>
    </message>
    <message>
        <source>Yearly cash flow</source>
        <translation>年度现金流</translation>
    </message>
    <message>
        <source>Project (unlevered) cash flows by operating year; year 0 is month 0, the commissioning with the initial investment. Amounts in %1.</source>
        <translation>按运营年度列示的项目（无杠杆）现金流；第 0 年即第 0 个月，为投产及初始投资时点。金额单位：%1。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <source>Opex (%1)</source>
        <translation>运营成本（%1）</translation>
    </message>
    <message>
        <source>Capex (%1)</source>
        <translation>资本支出（%1）</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>税费（%1）</translation>
    </message>
    <message>
        <source>Cash flow (%1)</source>
        <translation>现金流（%1）</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>累计（%1）</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>The key figures of every scenario of the project; the main scenario of this report is marked with *.</source>
        <translation>本项目各方案的关键指标；本报告的主方案以 * 标示。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>净现值（NPV）</translation>
    </message>
    <message>
        <source>Appendix: methodology and sources</source>
        <translation>附录：方法说明与数据来源</translation>
    </message>
    <message>
        <source>Method in short</source>
        <translation>方法概要</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizing.&lt;/b&gt; Servers = ⌈cards / cards per server⌉; servers per rack limited by the rack&apos;s power budget and rack units; floor area = racks × area per rack.</source>
        <translation>&lt;b&gt;规模测算。&lt;/b&gt;服务器数 = ⌈卡数 / 每台服务器卡数⌉；每机柜服务器数受机柜功率预算和机柜 U 数限制；机房面积 = 机柜数 × 每机柜面积。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network.&lt;/b&gt; Rail-optimized fat-tree with the fewest tiers that fit: leaf down ports d = ⌊k·r/(r+1)⌋ of radix k at oversubscription r:1; two tiers up to k·d endpoints, three beyond (Al-Fares et al., SIGCOMM 2008).</source>
        <translation>&lt;b&gt;网络。&lt;/b&gt;采用满足规模要求的最少层数的轨道优化（rail-optimized）胖树拓扑：交换机端口数为 k、收敛比为 r:1 时，叶交换机下行端口数 d = ⌊k·r/(r+1)⌋；端点数不超过 k·d 时为两层，超过时为三层（Al-Fares 等，SIGCOMM 2008）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Power.&lt;/b&gt; Provisioned IT power = servers × max kW + network + storage; facility = IT × PUE. Drawn power P(u) = P_idle + u·(P_busy − P_idle); energy = drawn facility kW × 730 h per month.</source>
        <translation>&lt;b&gt;电力。&lt;/b&gt;配置 IT 功率 = 服务器数 × 单台最大功率（kW）+ 网络 + 存储；设施功率 = IT 功率 × PUE。实际功率 P(u) = P_idle + u·(P_busy − P_idle)；用电量 = 设施实际功率（kW）× 每月 730 h。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demand.&lt;/b&gt; Capacity = cards × 730 h × availability; each customer segment reserves a share, ramps up to its utilization and pays a price factor × list; the list price declines by the annual rate.</source>
        <translation>&lt;b&gt;需求。&lt;/b&gt;可售容量 = 卡数 × 730 h × 可用率；各客户群预留一定份额，逐步爬坡至其利用率，并按价格系数 × 刊例价付费；刊例价按年降幅逐年下降。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Money.&lt;/b&gt; Month 0 carries the initial capex; cash flow = revenue + subsidies − opex − capex + grant − tax + residual value; straight-line depreciation; income tax with loss carry-forward.</source>
        <translation>&lt;b&gt;资金。&lt;/b&gt;初始资本支出计入第 0 个月；现金流 = 收入 + 补贴 − 运营成本 − 资本支出 + 投资补助 − 税费 + 残值；采用直线法折旧；所得税考虑亏损结转。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Metrics.&lt;/b&gt; NPV = Σ CF_t / (1+r_m)^t with r_m = (1+r)^(1/12) − 1; IRR = (1+i)^12 − 1 where i zeroes the monthly NPV; payback interpolated on the cumulative cash flow; breakeven utilization scales every segment until NPV = 0; LCOC = PV(costs) / PV(card-hours sold).</source>
        <translation>&lt;b&gt;指标。&lt;/b&gt;NPV = Σ CF_t / (1+r_m)^t，其中 r_m = (1+r)^(1/12) − 1；IRR = (1+i)^12 − 1，其中 i 为使月度净现值为零的月利率；投资回收期按累计现金流插值求得；盈亏平衡利用率通过同比例缩放各客户群利用率直至 NPV = 0 求得；LCOC = PV(成本) / PV(售出卡时)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective performance.&lt;/b&gt; Useful PFLOPS = nameplate × availability × utilization × MFU × goodput; goodput = τ/(τ+w) × (1 − Λ·(R + τ/2)) (Young/Daly); training compute = 6·N·D (Kaplan et al., 2020).</source>
        <translation>&lt;b&gt;有效算力。&lt;/b&gt;有效 PFLOPS = 标称算力 × 可用率 × 利用率 × MFU × 有效训练时间占比；有效训练时间占比 = τ/(τ+w) × (1 − Λ·(R + τ/2))（Young/Daly）；训练计算量 = 6·N·D（Kaplan 等，2020）。</translation>
    </message>
    <message>
        <source>MFU model calibration</source>
        <translation>MFU 模型校准</translation>
    </message>
    <message>
        <source>MFU = 0.465 × F_software × F_memory × F_scale-up × F_scale-out × F_oversub × F_size, calibrated to published training runs:</source>
        <translation>MFU = 0.465 × F_software × F_memory × F_scale-up × F_scale-out × F_oversub × F_size，依据已公开的训练实例校准：</translation>
    </message>
    <message>
        <source>Published run</source>
        <translation>公开训练实例</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Observed MFU</source>
        <translation>实测 MFU</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型值</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残差</translation>
    </message>
    <message>
        <source>There are no public calibration points for domestic cards: their MFU rests on the estimated software factor and is marked as an estimate.</source>
        <translation>国产加速卡尚无公开的校准数据：其 MFU 依赖于估算的软件因子，因此标注为估算值。</translation>
    </message>
    <message>
        <source>Catalog sources</source>
        <translation>目录数据来源</translation>
    </message>
    <message>
        <source>Card figures draw on Epoch AI&apos;s Machine Learning Hardware data set. %1</source>
        <translation>加速卡数据参考 Epoch AI 的 Machine Learning Hardware 数据集。%1</translation>
    </message>
    <message>
        <source>— %1: %2</source>
        <translation>— %1：%2</translation>
    </message>
    <message>
        <source>Decisions under uncertainty</source>
        <translation>不确定性下的决策</translation>
    </message>
    <message>
        <source>Payback against utilization</source>
        <translation>投资回收期与利用率</translation>
    </message>
    <message>
        <source>not reached even at 100%</source>
        <translation>即使利用率达 100% 也无法达到</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <source>Low / high</source>
        <translation>低值 / 高值</translation>
    </message>
    <message>
        <source>NPV at low</source>
        <translation>低值时净现值</translation>
    </message>
    <message>
        <source>NPV at high</source>
        <translation>高值时净现值</translation>
    </message>
    <message>
        <source>Payback at low / high</source>
        <translation>低值 / 高值时回收期</translation>
    </message>
    <message>
        <source>Range of outcomes (Monte Carlo)</source>
        <translation>结果分布（蒙特卡洛模拟）</translation>
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
        <source>— : in %1 of the draws the project does not pay back within the horizon.</source>
        <translation>—：%1 的抽样中项目在测算期内无法收回投资。</translation>
    </message>
    <message>
        <source>Uncertain input</source>
        <translation>不确定的输入参数</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>最可能值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Further analyses</source>
        <translation>其他分析</translation>
    </message>
    <message>
        <source>Payback of every scenario if its customers bought a different average share of the card-hours (each segment&apos;s utilization scaled, the mix kept). The dot is the planned utilization (%1), the dashed line the breakeven utilization at which the NPV is zero (%2); the grey bands are the utilization centers reach in China: research institutes and universities 30–40%, market-built centers about half, leading firms about 80%.</source>
        <translation>若客户购买的卡时平均占比不同（各客户群利用率按同一比例缩放，客户结构不变），各方案的投资回收期。圆点为计划利用率（%1），虚线为净现值为零的盈亏平衡利用率（%2）；灰色区间为国内智算中心实际达到的算力消化程度：科研高校 30–40%，市场化建设约一半，头部企业约 80%。</translation>
    </message>
    <message>
        <source>Breakeven map</source>
        <translation>盈亏平衡图</translation>
    </message>
    <message>
        <source>%1 draws (seed %2) of the uncertain inputs below. The project pays back within the horizon in %3 of the draws.</source>
        <translation>对下列不确定输入抽样 %1 次（种子 %2）。在 %3 的抽样中项目于测算期内收回投资。</translation>
    </message>
    <message>
        <source>Within the target of %1: in %2 of the draws.</source>
        <translation>在目标 %1 内收回：占抽样的 %2。</translation>
    </message>
    <message>
        <source>Utilization and list price are correlated (rank correlation %1).</source>
        <translation>利用率与刊例价相关（秩相关系数 %1）。</translation>
    </message>
    <message>
        <source>The distributions are the planner&apos;s own, stored with the scenario.</source>
        <translation>各分布由规划人员设定，随情景保存。</translation>
    </message>
    <message>
        <source>%1 (σ %2)</source>
        <translation>%1（σ %2）</translation>
    </message>
    <message>
        <source>%1 (σ of the logarithm %2)</source>
        <translation>%1（对数的 σ %2）</translation>
    </message>
    <message>
        <source>Feasibility-study indicators</source>
        <translation>可研财务指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Return on total investment (ROI)</source>
        <translation>总投资收益率（ROI）</translation>
    </message>
    <message>
        <source>Mean yearly EBIT over the operating years ÷ total investment (capex + construction interest)</source>
        <translation>运营期年平均息税前利润 ÷ 总投资（建设投资 + 建设期利息）</translation>
    </message>
    <message>
        <source>Return on equity capital (ROE)</source>
        <translation>资本金净利润率（ROE）</translation>
    </message>
    <message>
        <source>Mean yearly net profit ÷ equity capital (capex not borrowed)</source>
        <translation>运营期年平均净利润 ÷ 项目资本金（未借款部分的投资）</translation>
    </message>
    <message>
        <source>Interest coverage (least year)</source>
        <translation>利息备付率（最低年度）</translation>
    </message>
    <message>
        <source>EBIT ÷ interest, in the year with the least cover</source>
        <translation>息税前利润 ÷ 应付利息，取最低年度</translation>
    </message>
    <message>
        <source>Debt service coverage (least year)</source>
        <translation>偿债备付率（最低年度）</translation>
    </message>
    <message>
        <source>(EBITDA − income tax) ÷ (principal + interest), in the year with the least cover</source>
        <translation>（息税折旧摊销前利润 − 所得税）÷ 应还本付息额，取最低年度</translation>
    </message>
    <message>
        <source>Breakeven point (share of planned sales)</source>
        <translation>盈亏平衡点（占计划销售量的比例）</translation>
    </message>
    <message>
        <source>Fixed costs ÷ (revenue − variable costs) in the steady year; the variable cost is the load energy</source>
        <translation>达产年固定成本 ÷（营业收入 − 可变成本）；可变成本为负载电费</translation>
    </message>
    <message>
        <source>Construction interest</source>
        <translation>建设期利息</translation>
    </message>
    <message>
        <source>Interest capitalized on loans drawn during construction</source>
        <translation>建设期内借款的资本化利息</translation>
    </message>
    <message>
        <source>Debt ratio (largest year)</source>
        <translation>资产负债率（最高年份）</translation>
    </message>
    <message>
        <source>Liabilities ÷ assets at the end of a year with operation, the largest; see the balance sheet in the appendix</source>
        <translation>运营期各年末负债 ÷ 资产的最大值；见附录资产负债表</translation>
    </message>
    <message>
        <source>Appendix: financial statements</source>
        <translation>附录：财务报表</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>土地</translation>
    </message>
    <message>
        <source>Contract (months)</source>
        <translation>合同期（月）</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>照付不议比例</translation>
    </message>
    <message>
        <source>Renewal probability</source>
        <translation>续约概率</translation>
    </message>
    <message>
        <source>Renewal price</source>
        <translation>续约价格</translation>
    </message>
    <message>
        <source>Utilization after the term</source>
        <translation>到期后利用率</translation>
    </message>
    <message>
        <source>none (market price)</source>
        <translation>无（按市场价）</translation>
    </message>
    <message>
        <source>During its term a contract&apos;s price is fixed at the first operating month&apos;s list price × its price factor, and at least the take-or-pay share of its reserved capacity is billed whatever is used. Afterwards it renews with the probability shown at the market price × price factor × renewal price, or its capacity goes back to the market (expected values).</source>
        <translation>合同期内价格固定为运营首月刊例价 × 价格系数，且无论实际使用多少，至少按照付不议比例对预留容量计费。到期后按表中概率以市场价 × 价格系数 × 续约价格续约，否则容量回到市场出售（按期望值计）。</translation>
    </message>
    <message>
        <source>The yearly statements of a feasibility study, after 《建设项目经济评价方法与参数》 (3rd edition), for the scenario “%1”. Amounts in %2. Year 0 is month 0; each later year is twelve months (the last may be shorter). Every amount is a sum of the monthly figures: equity pays in the investment not borrowed, the input VAT on the build and the working capital; %3; all profit is retained; residual values are sold at book value. Amounts are net of VAT, which has its own lines.</source>
        <translation>可行性研究的年度财务报表，依据《建设项目经济评价方法与参数》（第三版），方案“%1”。金额单位：%2。第0年即第0月；此后每年十二个月（最后一年可能不足）。各金额均为月度数据之和：资本金投入未借款部分的投资、建设期进项税额和流动资金；%3；利润全部留存；回收余值按账面价值计。金额均不含增值税，增值税单独列示。</translation>
    </message>
    <message>
        <source>a capex grant is taxable income when received</source>
        <translation>投资补助在收到时计入应税收入</translation>
    </message>
    <message>
        <source>a capex grant is non-taxable income that reduces the assets&apos; cost</source>
        <translation>投资补助作为不征税收入冲减资产成本</translation>
    </message>
    <message>
        <source>Inference (model as a service)</source>
        <translation>推理（模型即服务）</translation>
    </message>
    <message>
        <source>No inference model is chosen: the scenario serves no tokens.</source>
        <translation>未选择推理模型：本情景不提供 token 服务。</translation>
    </message>
    <message>
        <source>The scenario serves &lt;b&gt;%1&lt;/b&gt; with %2 weights on deployments of %3 cards (tensor parallel %4 × expert parallel %5), requests of %6 input and %7 output tokens, %8 of the input found in the prefix cache. Throughput and latency come from a roofline model of continuous batching, an estimate: against 21 published serving figures its median deviation is a factor of 1.4.</source>
        <translation>本情景以 %2 权重提供 &lt;b&gt;%1&lt;/b&gt; 服务，每个部署 %3 张卡（张量并行 %4 × 专家并行 %5），每个请求 %6 个输入 token、%7 个输出 token，%8 的输入命中前缀缓存。吞吐量与时延来自连续批处理的屋顶线模型（估算）：与 21 个公开发布的服务数据相比，中位偏差为 1.4 倍。</translation>
    </message>
    <message>
        <source>Deployment and throughput</source>
        <translation>部署与吞吐量</translation>
    </message>
    <message>
        <source>Selling tokens (MaaS)</source>
        <translation>销售 token（MaaS）</translation>
    </message>
    <message>
        <source>Input (CNY/M)</source>
        <translation>输入（元/百万）</translation>
    </message>
    <message>
        <source>Cached input (CNY/M)</source>
        <translation>缓存命中输入（元/百万）</translation>
    </message>
    <message>
        <source>Output (CNY/M)</source>
        <translation>输出（元/百万）</translation>
    </message>
    <message>
        <source>Decline per year</source>
        <translation>年降幅</translation>
    </message>
    <message>
        <source>Serving hours a day</source>
        <translation>每日服务小时数</translation>
    </message>
    <message>
        <source>Off-hours rental</source>
        <translation>闲时出租</translation>
    </message>
    <message>
        <source>Token prices per million tokens (CNY/M) in the first operating month, as the scenario states them. Outside the serving hours the same cards are rented by the card-hour at the off-hours utilization.</source>
        <translation>首个运营月的每百万 token 价格（元/百万），按情景输入。服务时段以外，同样的算力卡按非服务时段利用率以卡时出租。</translation>
    </message>
    <message>
        <source>No customer segment buys tokens; the cost per million tokens below is what the cards would cost per token if they served the model.</source>
        <translation>没有客户群购买 token；下面的每百万 token 成本表示这些算力卡若服务该模型时每 token 的成本。</translation>
    </message>
    <message>
        <source>The cost per million tokens if the customers bought a different average share of the capacity (each segment&apos;s utilization scaled, the mix kept); the dot is the planned utilization (%1). The dashed line is the price the tokens realize: where the cost falls below it, the tokens pay for the cards that serve them.</source>
        <translation>若客户购买的平均算力份额不同（各客户群利用率按同一比例缩放，客户结构不变），每百万 token 的成本；圆点为计划利用率（%1）。虚线为 token 的实现价格：成本低于虚线时，token 收入足以覆盖服务它们的算力卡。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart below draws the main scenario and the first %1 others; the table above holds all %2.</source>
        <translation>下图绘出主方案及其后的前 %1 个方案；上表列出全部 %2 个方案。</translation>
    </message>
    <message>
        <source>Figures marked %1 are estimates: catalog values without a firm source or the output of a documented model. All amounts are in Chinese yuan (CNY), nominal. %2 The figures are the result of a model (see the appendix) and only as good as its inputs.</source>
        <translation>标有 %1 的数据为估算值，即无确切来源的目录数值或有文档说明的模型输出。所有金额均以人民币元计，为名义值。%2各项数据均为模型测算结果（见附录），其准确性取决于输入数据的质量。</translation>
    </message>
    <message>
        <source>Prices in the inputs and catalog tables are as quoted, including VAT; every result (capex, bill of materials, statements, cash flows) is net of VAT, which has its own lines.</source>
        <translation>输入表和目录表中的价格为报价口径，含增值税；各项结果（资本支出、物料清单、财务报表、现金流）均不含增值税，增值税单列。</translation>
    </message>
    <message>
        <source>Prices and results are before VAT.</source>
        <translation>价格与结果均不含增值税。</translation>
    </message>
    <message>
        <source>Network equipment at catalog prices (incl. VAT)</source>
        <translation>网络设备（按目录价格，含增值税）</translation>
    </message>
    <message>
        <source>Network equipment at catalog prices</source>
        <translation>网络设备（按目录价格）</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1.&lt;/b&gt; %2&lt;/li&gt;</source>
        <extracomment>A warning in the report&apos;s list: its title in bold, then what it says.</extracomment>
        <translation>&lt;li&gt;&lt;b&gt;%1。&lt;/b&gt;%2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <source>Cash flow = revenue − opex − capex − income tax + other. Other holds the operating subsidies and capex grants, the residual value (in the last year), the working capital invested (−) or released (+), and the VAT: output VAT collected less input VAT paid on purchases, less the VAT and surtaxes paid to the tax office. The monthly figures of each are in the Excel and CSV exports.</source>
        <translation>现金流 = 营业收入 − 运营成本 − 资本支出 − 所得税 + 其他。其他包括运营补贴和投资补助、余值（计入最后一年）、流动资金投入（−）或回收（+），以及增值税：收取的销项税额减去采购支付的进项税额，再减去向税务机关缴纳的增值税及附加税。各项的逐月数据见 Excel 和 CSV 导出文件。</translation>
    </message>
    <message>
        <source>Each input moved alone by ±20% of its value (within its valid range), the others as planned; an input that is 0 in the scenario (capex overrun, power price growth, ramp, construction) is moved over a typical range instead. The table gives each range; bars show the change of NPV, largest first.</source>
        <translation>每次单独将一项输入在其数值的 ±20% 范围内变动（不超出其有效范围），其余输入保持计划值；方案中取值为 0 的输入（投资超支、电价年增长率、爬坡期、建设期）改为在典型区间内变动。下表列出各项的变动区间；条形表示净现值的变化，按从大到小排列。</translation>
    </message>
    <message>
        <source>The distributions are the default spreads around the scenario&apos;s own values, listed below.</source>
        <translation>各分布为围绕方案自身取值的默认区间，列于下表。</translation>
    </message>
    <message>
        <source>This report assesses the scenario &lt;b&gt;%1&lt;/b&gt;: a center of %2 × %3 at %4, networked with %5, evaluated month by month over %6 years.</source>
        <translation>本报告评估方案 &lt;b&gt;%1&lt;/b&gt;：该中心配置 %2 × %3，位于 %4，采用 %5 组网，按月测算，测算期为 %6 年。</translation>
    </message>
    <message numerus="yes">
        <source>Warnings raised by the evaluation: %n; see section 4.</source>
        <translation>
            <numerusform>评估产生的警告：%n 条，详见第 4 节。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the token prices (as a share of the scenario&apos;s)</source>
        <translation>token 价格（占方案取值的百分比）</translation>
    </message>
    <message>
        <source>the list price</source>
        <translation>刊例价</translation>
    </message>
    <message>
        <source>Payback (colour) over the average utilization and %1, 60 × 60 evaluations; the thick line is NPV = 0, the dot the scenario itself.</source>
        <translation>不同平均利用率与%1下的投资回收期（颜色），共 60 × 60 次计算；粗线为净现值 = 0，圆点为本方案。</translation>
    </message>
    <message>
        <source>Payback (colour) over the average utilization and %1, 60 × 60 evaluations; the thick line is NPV = 0, the dashed lines payback after %2 years, the dot the scenario itself.</source>
        <translation>不同平均利用率与%1下的投资回收期（颜色），共 60 × 60 次计算；粗线为净现值 = 0，虚线为 %2 年回收，圆点为本方案。</translation>
    </message>
    <message>
        <source>Equipment and works at full build-out. Unit prices come from the catalog entries named; the total is the capital expenditure of the scenario. Unit prices and totals are net of VAT: the catalog&apos;s quoted price divided by 1 + the VAT rate of its kind (equipment %1, construction %2).</source>
        <translation>全部建成时的设备与工程量。单价取自所列目录条目；合计即本方案的资本支出。单价与合计均不含增值税：目录报价除以（1 + 相应税率）（设备 %1，建设工程 %2）。</translation>
    </message>
</context>
<context>
    <name>ccp::PhasesModel</name>
    <message>
        <source>Add build phases</source>
        <translation>添加建设阶段</translation>
    </message>
    <message>
        <source>Delete build phases</source>
        <translation>删除建设阶段</translation>
    </message>
</context>
<context>
    <name>ccp::Project</name>
    <message>
        <source>No such scenario.</source>
        <translation>不存在该方案。</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>客户群 %1</translation>
    </message>
    <message>
        <source>%1 is a catalog price, not an input of the scenario: change it in the catalog.</source>
        <translation>%1 是目录价格，不是方案的输入参数：请在目录中修改。</translation>
    </message>
    <message>
        <source>Set %1 to %2 in “%3”</source>
        <translation>将“%3”的%1设为 %2</translation>
    </message>
    <message>
        <source>Change the Monte Carlo settings of “%1”</source>
        <translation>修改“%1”的蒙特卡洛设置</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Duplicate scenario “%1”</source>
        <translation>创建方案“%1”的副本</translation>
    </message>
    <message>
        <source>Delete scenario “%1”</source>
        <translation>删除方案“%1”</translation>
    </message>
    <message>
        <source>Move scenario “%1”</source>
        <translation>移动方案“%1”</translation>
    </message>
    <message>
        <source>Add segment (%1)</source>
        <translation>添加客户群（%1）</translation>
    </message>
    <message>
        <source>Delete segment “%1” (%2)</source>
        <translation>删除客户群“%1”（%2）</translation>
    </message>
    <message>
        <source>Add build phase (%1)</source>
        <translation>添加建设阶段（%1）</translation>
    </message>
    <message>
        <source>Delete build phase %1 (%2)</source>
        <translation>删除建设阶段 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ccp::ProjectFile</name>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>the integrity check gave no result</source>
        <translation>完整性检查未返回结果</translation>
    </message>
    <message>
        <source>not a Compute Center Planner project (an SQLite database of another application)</source>
        <translation>不是算力中心规划器项目（属于其他应用程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>written by a newer version of Compute Center Planner (file version %1, this version reads up to %2)</source>
        <translation>由更新版本的算力中心规划器写入（文件版本 %1，本版本最高支持读取 %2）</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>缺少数据结构版本号</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is missing</source>
        <translation>缺少表“%1”</translation>
    </message>
    <message>
        <source>cannot upgrade the file from version %1 to %2: %3</source>
        <translation>无法将文件从版本 %1 升级到版本 %2：%3</translation>
    </message>
    <message>
        <source>cannot upgrade the file from version %1</source>
        <translation>无法从版本 %1 升级文件</translation>
    </message>
    <message>
        <source>project: &quot;%1&quot; must be text</source>
        <translation>project：“%1”必须是文本</translation>
    </message>
    <message>
        <source>project: unknown key &quot;%1&quot;</source>
        <translation>project：未知的键“%1”</translation>
    </message>
    <message>
        <source>catalog: unknown kind &quot;%1&quot;</source>
        <translation>catalog：未知的类型“%1”</translation>
    </message>
    <message>
        <source>not a valid JSON object</source>
        <translation>不是有效的 JSON 对象</translation>
    </message>
    <message>
        <source>the record&apos;s id differs from its key</source>
        <translation>记录的 id 与其键不一致</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>not a JSON text</source>
        <translation>不是 JSON 文本</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（位于字节 %2 处：%1）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>the project needs at least one scenario</source>
        <translation>项目至少需要一个方案</translation>
    </message>
    <message>
        <source>cannot upgrade the file: no temporary folder (%1)</source>
        <translation>无法升级文件：没有临时文件夹（%1）</translation>
    </message>
    <message>
        <source>cannot upgrade the file: cannot copy it</source>
        <translation>无法升级文件：无法复制该文件</translation>
    </message>
    <message>
        <source>cannot open (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>cannot save (%1); the previous file is unchanged</source>
        <translation>无法保存（%1）；原有文件保持不变</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>too large for a project file (%1 MiB, at most %2 MiB)</source>
        <translation>文件过大，不是有效的项目文件（%1 MiB，最大 %2 MiB）</translation>
    </message>
    <message>
        <source>not a Compute Center Planner project (not an SQLite database)</source>
        <translation>不是算力中心规划器项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>not a Compute Center Planner project: %1</source>
        <translation>不是算力中心规划器项目：%1</translation>
    </message>
    <message>
        <source>more schema objects than a project has</source>
        <translation>模式对象多于项目应有的数量</translation>
    </message>
    <message>
        <source>unexpected %1 &quot;%2&quot; in the schema</source>
        <translation>模式中有意外的 %1“%2”</translation>
    </message>
    <message>
        <source>unexpected column &quot;%1.%2&quot;</source>
        <translation>意外的列“%1.%2”</translation>
    </message>
    <message>
        <source>column &quot;%1.%2&quot; is generated</source>
        <translation>列“%1.%2”是生成列</translation>
    </message>
    <message>
        <source>column &quot;%1.%2&quot; is not defined as expected</source>
        <translation>列“%1.%2”的定义与预期不符</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; lacks column &quot;%2&quot;</source>
        <translation>表“%1”缺少列“%2”</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no primary key</source>
        <translation>表“%1”没有主键</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is not defined as expected</source>
        <translation>表“%1”的定义与预期不符</translation>
    </message>
    <message>
        <source>%1: %2 rows, more than the limit of %3</source>
        <translation>%1：共 %2 行，超过上限 %3</translation>
    </message>
    <message>
        <source>%1: a value longer than the limit of %2 bytes</source>
        <translation>%1：有值长度超过上限 %2 字节</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ccp::ProjectLoader</name>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1：是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: unsupported file type (expected a .ccplan or .json project)</source>
        <translation>%1：不支持的文件类型（应为 .ccplan 或 .json 项目文件）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: too large for a project file (%2 MiB, at most %3 MiB)</source>
        <translation>%1：文件过大，不是有效的项目文件（%2 MiB，最大 %3 MiB）</translation>
    </message>
</context>
<context>
    <name>ccp::ProjectLock</name>
    <message>
        <source>%1 is open in %2 (process %3 on %4)</source>
        <translation>%1 已在 %2 中打开（%4 上的进程 %3）</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>未知计算机</translation>
    </message>
    <message>
        <source>%1 is open in another instance (lock file %2)</source>
        <translation>%1 已在另一个实例中打开（锁文件 %2）</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (no permission)</source>
        <translation>%1：无法创建锁文件 %2（没有权限）</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1：无法创建锁文件 %2</translation>
    </message>
</context>
<context>
    <name>ccp::RecoveryStore</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1：无法创建恢复文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write the recovery copy</source>
        <translation>%1：无法写入恢复副本</translation>
    </message>
    <message>
        <source>%1: cannot read the recovery copy</source>
        <translation>%1：无法读取恢复副本</translation>
    </message>
</context>
<context>
    <name>ccp::ReportFormat</name>
    <message>
        <source>Capital expenditure</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Net present value (NPV at %1)</source>
        <translation>净现值（NPV，折现率 %1）</translation>
    </message>
    <message>
        <source>Internal rate of return (IRR)</source>
        <translation>内部收益率（IRR）</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>动态投资回收期</translation>
    </message>
    <message>
        <source>Breakeven utilization (NPV = 0)</source>
        <translation>盈亏平衡利用率（NPV = 0）</translation>
    </message>
    <message>
        <source>Planned steady-state utilization</source>
        <translation>计划稳态利用率</translation>
    </message>
    <message>
        <source>Nameplate compute (BF16 dense)</source>
        <translation>标称算力（BF16 稠密）</translation>
    </message>
    <message>
        <source>%1 PFLOPS</source>
        <translation>%1 PFLOPS</translation>
    </message>
    <message>
        <source>Effective compute (est.)</source>
        <translation>有效算力（估算）</translation>
    </message>
    <message>
        <source>IT power (provisioned)</source>
        <translation>IT 功率（配置容量）</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Facility power (provisioned)</source>
        <translation>设施功率（配置容量）</translation>
    </message>
    <message>
        <source>Levelized cost per card-hour (LCOC)</source>
        <translation>平准化每卡时成本（LCOC）</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>above the discount rate of %1</source>
        <translation>高于 %1 的折现率</translation>
    </message>
    <message>
        <source>below the discount rate of %1</source>
        <translation>低于 %1 的折现率</translation>
    </message>
    <message>
        <source>The center pays back in %1 with an IRR of %2, %3; the NPV is %4.</source>
        <translation>本中心投资回收期为 %1，内部收益率为 %2，%3；净现值为 %4。</translation>
    </message>
    <message>
        <source>The center pays back in %1, but no IRR exists; the NPV is %2.</source>
        <translation>本中心投资回收期为 %1，但不存在内部收益率；净现值为 %2。</translation>
    </message>
    <message>
        <source>The center does not pay back within the horizon of %1 years; the NPV is %2.</source>
        <translation>本中心在 %1 年测算期内无法收回投资；净现值为 %2。</translation>
    </message>
    <message>
        <source>It breaks even at a steady-state utilization of %1 against the planned %2, a margin of %3 percentage points.</source>
        <translation>盈亏平衡所需稳态利用率为 %1，计划利用率为 %2，安全边际为 %3 个百分点。</translation>
    </message>
    <message>
        <source>It would need a steady-state utilization of %1 to break even; %2 is planned, %3 percentage points short.</source>
        <translation>实现盈亏平衡需要 %1 的稳态利用率；计划利用率为 %2，尚差 %3 个百分点。</translation>
    </message>
    <message>
        <source>Even at full utilization the NPV stays negative (planned utilization %1).</source>
        <translation>即使满负荷运营，净现值仍为负（计划利用率 %1）。</translation>
    </message>
    <message>
        <source>Not feasible as planned: %1. The figures below assume it could be built and run.</source>
        <translation>按计划不可行：%1。以下指标是在假定能够建成并运行的前提下计算的。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Deployment fits</source>
        <translation>部署可容纳</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Batch served</source>
        <translation>实际批量</translation>
    </message>
    <message>
        <source>%1 (auto)</source>
        <translation>%1（自动）</translation>
    </message>
    <message>
        <source>%1 (input)</source>
        <translation>%1（输入）</translation>
    </message>
    <message>
        <source>Meets the latency targets</source>
        <translation>满足时延目标</translation>
    </message>
    <message>
        <source>%1 (TTFT ≤ %2 s, TPOT ≤ %3 ms)</source>
        <translation>%1（TTFT ≤ %2 秒，TPOT ≤ %3 毫秒）</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>Cards per deployment</source>
        <translation>每个部署的卡数</translation>
    </message>
    <message>
        <source>Servers per deployment</source>
        <translation>每个部署的服务器数</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Deployments in the cluster</source>
        <translation>集群中的部署数</translation>
    </message>
    <message>
        <source>Weights per card</source>
        <translation>每卡权重</translation>
    </message>
    <message>
        <source>KV cache per request per card</source>
        <translation>每请求每卡 KV 缓存</translation>
    </message>
    <message>
        <source>Usable memory per card</source>
        <translation>每卡可用显存</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批量</translation>
    </message>
    <message>
        <source>Time to first token (TTFT)</source>
        <translation>首 token 时延（TTFT）</translation>
    </message>
    <message>
        <source>Time per output token (TPOT)</source>
        <translation>每输出 token 时延（TPOT）</translation>
    </message>
    <message>
        <source>Input tokens per card</source>
        <translation>每卡输入 token</translation>
    </message>
    <message>
        <source>Output tokens per card</source>
        <translation>每卡输出 token</translation>
    </message>
    <message>
        <source>Input tokens per server</source>
        <translation>每台服务器输入 token</translation>
    </message>
    <message>
        <source>Output tokens per server</source>
        <translation>每台服务器输出 token</translation>
    </message>
    <message>
        <source>Tokens per MW (input + output)</source>
        <translation>每兆瓦 token（输入 + 输出）</translation>
    </message>
    <message>
        <source>tokens/s per MW</source>
        <translation>token/秒/兆瓦</translation>
    </message>
    <message>
        <source>Cost per million tokens (levelized)</source>
        <translation>每百万 token 成本（平准化）</translation>
    </message>
    <message>
        <source>Cost per million output tokens (levelized)</source>
        <translation>每百万输出 token 成本（平准化）</translation>
    </message>
    <message>
        <source>Realized price per million tokens (net of VAT)</source>
        <translation>每百万 token 实现价格（不含增值税）</translation>
    </message>
    <message>
        <source>MaaS gross margin</source>
        <translation>MaaS 毛利率</translation>
    </message>
    <message>
        <source>MaaS margin over renting the same cards</source>
        <translation>MaaS 相对出租同样算力卡的超额收益率</translation>
    </message>
    <message>
        <source>Breakeven token price</source>
        <translation>盈亏平衡 token 价格</translation>
    </message>
    <message>
        <source>Breakeven token price as a factor of today&apos;s prices</source>
        <translation>盈亏平衡 token 价格相对当前价格的倍数</translation>
    </message>
    <message>
        <source>×</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>Tokens served over the horizon</source>
        <translation>评估期内服务的 token 总量</translation>
    </message>
    <message>
        <source>trillion tokens</source>
        <translation>万亿 token</translation>
    </message>
    <message>
        <source>MaaS revenue over the horizon</source>
        <translation>评估期内 MaaS 收入</translation>
    </message>
    <message>
        <source>million CNY</source>
        <translation>百万元</translation>
    </message>
    <message>
        <source>Breakeven token price (incl. VAT)</source>
        <translation>盈亏平衡 token 价格（含增值税）</translation>
    </message>
</context>
<context>
    <name>ccp::ReportTables</name>
    <message>
        <source>Catalog (%1, confidence %2)</source>
        <translation>目录（%1，可信度 %2）</translation>
    </message>
    <message>
        <source>fraction/year</source>
        <translation>比例/年</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Scenario input</source>
        <translation>方案输入</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>auto (model: %1)</source>
        <translation>自动（模型值：%1）</translation>
    </message>
    <message>
        <source>MFU model (see the appendix)</source>
        <translation>MFU 模型（见附录）</translation>
    </message>
    <message>
        <source>Site preset: %1</source>
        <translation>站点预设：%1</translation>
    </message>
    <message>
        <source>(est.)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>组网</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Servers (%1 cards each)</source>
        <translation>服务器（每台 %1 张卡）</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Switches (%1 tiers)</source>
        <translation>交换机（%1 层）</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>块</translation>
    </message>
    <message>
        <source>Optical transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <source>cables</source>
        <translation>条</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>Installation and integration</source>
        <translation>安装与集成</translation>
    </message>
    <message>
        <source>%1 of equipment</source>
        <translation>设备费用的 %1</translation>
    </message>
    <message>
        <source>Scheduling and software platform</source>
        <translation>调度与软件平台</translation>
    </message>
    <message>
        <source>Facility (building, power, cooling)</source>
        <translation>基础设施（建筑、供电、制冷）</translation>
    </message>
    <message>
        <source>kW IT</source>
        <translation>kW（IT）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Cards installed</source>
        <translation>已安装加速卡</translation>
    </message>
    <message>
        <source>Card-hours sold</source>
        <translation>售出卡时</translation>
    </message>
    <message>
        <source>List price (CNY/card-hour)</source>
        <translation>刊例价（元/卡时）</translation>
    </message>
    <message>
        <source>Revenue (CNY)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Subsidies (CNY)</source>
        <translation>补贴（元）</translation>
    </message>
    <message>
        <source>Opex (CNY)</source>
        <translation>运营成本（元）</translation>
    </message>
    <message>
        <source>Energy cost (CNY)</source>
        <translation>电费（元）</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>用电量（MWh）</translation>
    </message>
    <message>
        <source>Capex (CNY)</source>
        <translation>资本支出（元）</translation>
    </message>
    <message>
        <source>Capex grant (CNY)</source>
        <translation>投资补助（元）</translation>
    </message>
    <message>
        <source>Depreciation (CNY)</source>
        <translation>折旧（元）</translation>
    </message>
    <message>
        <source>Income tax (CNY)</source>
        <translation>所得税（元）</translation>
    </message>
    <message>
        <source>Residual value (CNY)</source>
        <translation>残值（元）</translation>
    </message>
    <message>
        <source>Cash flow (CNY)</source>
        <translation>现金流（元）</translation>
    </message>
    <message>
        <source>Cumulative cash flow (CNY)</source>
        <translation>累计现金流（元）</translation>
    </message>
    <message>
        <source>Equity cash flow (CNY)</source>
        <translation>资本金现金流（元）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>备件</translation>
    </message>
    <message>
        <source>Land use right</source>
        <translation>土地使用权</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>ccp::RiskChart</name>
    <message>
        <source>Range of outcomes (Monte Carlo)</source>
        <translation>结果分布（蒙特卡洛模拟）</translation>
    </message>
    <message>
        <source>NPV (million CNY)</source>
        <translation>净现值（百万元）</translation>
    </message>
    <message>
        <source>Share of draws (%)</source>
        <translation>抽样占比（%）</translation>
    </message>
    <message>
        <source>Share of draws</source>
        <translation>抽样占比</translation>
    </message>
    <message>
        <source>Draws at or below</source>
        <translation>不高于该值的抽样占比</translation>
    </message>
    <message>
        <source>%1 draws (seed %2); payback within the horizon in %3 of them</source>
        <translation>%1 次抽样（种子 %2）；其中 %3 在测算期内收回投资</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis (Tools › Run Monte Carlo…, Ctrl+M) to see the range of outcomes.</source>
        <translation>运行蒙特卡洛模拟（工具 › 运行蒙特卡洛模拟…，Ctrl+M）即可查看结果分布。</translation>
    </message>
    <message>
        <source>Draws at or below&lt;br&gt;(%)</source>
        <translation>不高于该值的抽样&lt;br&gt;（%）</translation>
    </message>
</context>
<context>
    <name>ccp::RiskDialog</name>
    <message>
        <source>Monte Carlo: %1</source>
        <translation>蒙特卡洛模拟：%1</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <source>The same seed gives the same results.</source>
        <translation>相同种子得到相同结果。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Rank correlation of the average utilization and the list price (positive: when demand is weak, prices are weak too).</source>
        <translation>平均利用率与刊例价的秩相关系数（为正：需求疲软时价格也疲软）。</translation>
    </message>
    <message>
        <source>Correlation of utilization and price</source>
        <translation>利用率与价格的相关性</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Payback target</source>
        <translation>目标回收期</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽样…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uncertain inputs: each is drawn from its distribution; the others keep the scenario&apos;s values.</source>
        <translation>不确定输入：每项按其分布抽样，其余输入保持情景取值。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Most likely (mean, median)</source>
        <translation>最可能值（均值、中位数）</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Spread (σ)</source>
        <translation>离散度（σ）</translation>
    </message>
    <message>
        <source>Standard deviation of a normal distribution, in the input&apos;s unit; σ of the logarithm of a lognormal one.</source>
        <translation>正态分布的标准差，单位与输入相同；对数正态分布则为对数的 σ。</translation>
    </message>
    <message>
        <source>Add Input</source>
        <translation>添加输入</translation>
    </message>
    <message>
        <source>Remove Input</source>
        <translation>删除输入</translation>
    </message>
    <message>
        <source>Default Spreads</source>
        <translation>默认区间</translation>
    </message>
    <message>
        <source>The default distributions around the scenario&apos;s own values (see the methodology).</source>
        <translation>围绕情景自身取值的默认分布（见方法说明）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is listed twice: remove one of the rows.</source>
        <translation>%1 出现了两次：请删除其中一行。</translation>
    </message>
</context>
<context>
    <name>ccp::RiskJson</name>
    <message>
        <source>risk: must be an object</source>
        <translation>risk：必须是对象</translation>
    </message>
    <message>
        <source>risk.%1: unknown key</source>
        <translation>risk.%1：未知的键</translation>
    </message>
    <message>
        <source>risk.%1: must be a number</source>
        <translation>risk.%1：必须是数值</translation>
    </message>
    <message>
        <source>risk.draws: must be a whole number from 1 to 10,000,000</source>
        <translation>risk.draws：必须是 1 至 10,000,000 之间的整数</translation>
    </message>
    <message>
        <source>risk.seed: must be a whole number from 0 to 2⁵³</source>
        <translation>risk.seed：必须是 0 至 2⁵³ 之间的整数</translation>
    </message>
    <message>
        <source>risk.inputs: must be a list</source>
        <translation>risk.inputs：必须是列表</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2：未知的键</translation>
    </message>
    <message>
        <source>%1.key: must be text</source>
        <translation>%1.key：必须是文本</translation>
    </message>
    <message>
        <source>%1.distribution: must be text</source>
        <translation>%1.distribution：必须是文本</translation>
    </message>
    <message>
        <source>%1.min: must be a number or null</source>
        <translation>%1.min：必须是数值或 null</translation>
    </message>
    <message>
        <source>%1.max: must be a number or null</source>
        <translation>%1.max：必须是数值或 null</translation>
    </message>
    <message>
        <source>%1.%2: must be a number</source>
        <translation>%1.%2：必须是数值</translation>
    </message>
</context>
<context>
    <name>ccp::SafeWrite</name>
    <message>
        <source>cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>路径过长</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <source>the file name is longer than %1 bytes</source>
        <translation>文件名长度超过 %1 字节</translation>
    </message>
    <message>
        <source>a symbolic link that points to no file</source>
        <translation>符号链接未指向任何文件</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <source>no free temporary file name in %1</source>
        <translation>%1 中没有可用的临时文件名</translation>
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
        <translation>scenarios：项目至少需要一个方案</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>--set %1: expected KEY=VALUE</source>
        <translation>--set %1：应为 KEY=VALUE</translation>
    </message>
    <message>
        <source>%1: %2 entries, more than the limit of %3</source>
        <translation>%1：共 %2 项，超过上限 %3</translation>
    </message>
    <message>
        <source>catalog: %1 records, more than the limit of %2</source>
        <translation>catalog：共 %1 条记录，超过上限 %2</translation>
    </message>
    <message>
        <source>scenarios: %1 scenarios, more than the limit of %2</source>
        <translation>scenarios：共 %1 个方案，超过上限 %2</translation>
    </message>
</context>
<context>
    <name>ccp::SegmentsModel</name>
    <message>
        <source>Add segments</source>
        <translation>添加客户群</translation>
    </message>
    <message>
        <source>Delete segments</source>
        <translation>删除客户群</translation>
    </message>
    <message>
        <source>Only for segments that sell tokens (MaaS): set “Sells” to MaaS.</source>
        <translation>仅适用于销售 token 的客户群（MaaS）：请将“销售”设为 MaaS。</translation>
    </message>
    <message>
        <source>Contracts apply to segments that buy card-hours, not to MaaS segments.</source>
        <translation>合同仅适用于购买卡时的客户群，不适用于 MaaS 客户群。</translation>
    </message>
    <message>
        <source>%1
Only for MaaS segments (“Sells”: MaaS); blank on the others.</source>
        <translation>%1
仅适用于 MaaS 客户群（“销售”：MaaS）；其他客户群留空。</translation>
    </message>
    <message>
        <source>%1
Only for segments that buy card-hours; blank on MaaS segments.</source>
        <translation>%1
仅适用于购买卡时的客户群；MaaS 客户群留空。</translation>
    </message>
    <message>
        <source>%1
MaaS segments need an inference model (Inference tab).</source>
        <translation>%1
MaaS 客户群需要推理模型（“推理”页）。</translation>
    </message>
</context>
<context>
    <name>ccp::SensitivityView</name>
    <message>
        <source>Each input moved alone to its low and its high value, the others at the scenario&apos;s own; edit a low or high value to recompute. Base: NPV %1, payback %2.</source>
        <translation>每项输入单独取低值和高值，其余输入保持情景取值；修改低值或高值即重新计算。基准：净现值 %1，回收期 %2。</translation>
    </message>
    <message>
        <source>Default Ranges (±20%)</source>
        <translation>默认区间（±20%）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低值</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高值</translation>
    </message>
    <message>
        <source>NPV at low</source>
        <translation>低值时净现值</translation>
    </message>
    <message>
        <source>NPV at high</source>
        <translation>高值时净现值</translation>
    </message>
    <message>
        <source>Swing of NPV</source>
        <translation>净现值变动幅度</translation>
    </message>
    <message>
        <source>Payback at low</source>
        <translation>低值时回收期</translation>
    </message>
    <message>
        <source>Payback at high</source>
        <translation>高值时回收期</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
</context>
<context>
    <name>ccp::StatementLabels</name>
    <message>
        <source>Project investment cash flow</source>
        <translation>项目投资现金流量表</translation>
    </message>
    <message>
        <source>Equity capital cash flow</source>
        <translation>资本金现金流量表</translation>
    </message>
    <message>
        <source>Income and profit distribution</source>
        <translation>利润与利润分配表</translation>
    </message>
    <message>
        <source>Loan repayment schedule</source>
        <translation>借款还本付息计划表</translation>
    </message>
    <message>
        <source>Financial plan cash flow</source>
        <translation>财务计划现金流量表</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>资产负债表</translation>
    </message>
    <message>
        <source>Cash inflow</source>
        <translation>现金流入</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>补贴收入</translation>
    </message>
    <message>
        <source>Capex grant</source>
        <translation>投资补助</translation>
    </message>
    <message>
        <source>Residual value of fixed assets recovered</source>
        <translation>回收固定资产余值</translation>
    </message>
    <message>
        <source>Working capital recovered</source>
        <translation>回收流动资金</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Cash outflow</source>
        <translation>现金流出</translation>
    </message>
    <message>
        <source>Construction investment</source>
        <translation>建设投资</translation>
    </message>
    <message>
        <source>Working capital invested</source>
        <translation>流动资金</translation>
    </message>
    <message>
        <source>Operating cost</source>
        <translation>经营成本</translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation>进项税额</translation>
    </message>
    <message>
        <source>VAT payable</source>
        <translation>应纳增值税</translation>
    </message>
    <message>
        <source>Surtaxes</source>
        <translation>税金及附加</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <source>Adjusted income tax</source>
        <translation>调整所得税</translation>
    </message>
    <message>
        <source>Net cash flow before income tax</source>
        <translation>所得税前净现金流量</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>净现金流量</translation>
    </message>
    <message>
        <source>Net cash flow after income tax</source>
        <translation>所得税后净现金流量</translation>
    </message>
    <message>
        <source>Cumulative net cash flow</source>
        <translation>累计净现金流量</translation>
    </message>
    <message>
        <source>Equity capital invested</source>
        <translation>项目资本金</translation>
    </message>
    <message>
        <source>Principal repaid</source>
        <translation>借款本金偿还</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>借款利息支付</translation>
    </message>
    <message>
        <source>Interest expense</source>
        <translation>利息支出</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本费用</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧费</translation>
    </message>
    <message>
        <source>Subsidy income</source>
        <translation>补贴收入</translation>
    </message>
    <message>
        <source>Profit before tax</source>
        <translation>利润总额</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Dividends</source>
        <translation>应付利润</translation>
    </message>
    <message>
        <source>Retained profit</source>
        <translation>未分配利润</translation>
    </message>
    <message>
        <source>Accumulated retained profit</source>
        <translation>累计未分配利润</translation>
    </message>
    <message>
        <source>Earnings before interest and tax</source>
        <translation>息税前利润</translation>
    </message>
    <message>
        <source>Earnings before interest, tax, depreciation and amortization</source>
        <translation>息税折旧摊销前利润</translation>
    </message>
    <message>
        <source>Loans at the start of the year</source>
        <translation>期初借款余额</translation>
    </message>
    <message>
        <source>Loans drawn</source>
        <translation>当期借款</translation>
    </message>
    <message>
        <source>Construction interest capitalized</source>
        <translation>建设期利息</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>当期还本付息</translation>
    </message>
    <message>
        <source>Loans at the end of the year</source>
        <translation>期末借款余额</translation>
    </message>
    <message>
        <source>Net cash flow from operating activities</source>
        <translation>经营活动净现金流量</translation>
    </message>
    <message>
        <source>Operating inflows</source>
        <translation>经营活动现金流入</translation>
    </message>
    <message>
        <source>Operating outflows</source>
        <translation>经营活动现金流出</translation>
    </message>
    <message>
        <source>Net cash flow from investing activities</source>
        <translation>投资活动净现金流量</translation>
    </message>
    <message>
        <source>Investing inflows</source>
        <translation>投资活动现金流入</translation>
    </message>
    <message>
        <source>Investing outflows</source>
        <translation>投资活动现金流出</translation>
    </message>
    <message>
        <source>Net cash flow from financing activities</source>
        <translation>筹资活动净现金流量</translation>
    </message>
    <message>
        <source>Financing inflows</source>
        <translation>筹资活动现金流入</translation>
    </message>
    <message>
        <source>Financing outflows</source>
        <translation>筹资活动现金流出</translation>
    </message>
    <message>
        <source>Equity capital contributed</source>
        <translation>项目资本金投入</translation>
    </message>
    <message>
        <source>Accumulated surplus funds</source>
        <translation>累计盈余资金</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Cash (accumulated surplus funds)</source>
        <translation>货币资金（累计盈余资金）</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>流动资金</translation>
    </message>
    <message>
        <source>VAT credit carried forward</source>
        <translation>增值税留抵税额</translation>
    </message>
    <message>
        <source>Net fixed assets</source>
        <translation>固定资产净值</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>Loans outstanding</source>
        <translation>借款余额</translation>
    </message>
    <message>
        <source>Owners&apos; equity</source>
        <translation>所有者权益</translation>
    </message>
    <message>
        <source>Paid-in capital</source>
        <translation>资本金</translation>
    </message>
    <message>
        <source>Capital reserve</source>
        <translation>资本公积</translation>
    </message>
    <message>
        <source>Liabilities and owners&apos; equity</source>
        <translation>负债及所有者权益</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第%1年</translation>
    </message>
    <message>
        <source>Tax adjustments and losses offset</source>
        <translation>纳税调整及弥补以前年度亏损</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>应纳税所得额</translation>
    </message>
</context>
<context>
    <name>ccp::StatementsModel</name>
    <message>
        <source>Item (%1)</source>
        <translation>项目（%1）</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>ccp::StatementsView</name>
    <message>
        <source>&amp;Statement:</source>
        <translation>报表(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ccp::SweepChart</name>
    <message>
        <source>Payback against utilization</source>
        <translation>投资回收期与利用率</translation>
    </message>
    <message>
        <source>Average sold utilization (%)</source>
        <translation>平均售出利用率（%）</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>投资回收期（年）</translation>
    </message>
    <message>
        <source>%1: planned %2</source>
        <translation>%1：计划 %2</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>breakeven (NPV = 0) %1</source>
        <translation>盈亏平衡（净现值 = 0）%1</translation>
    </message>
    <message>
        <source>Universities 30–40%</source>
        <translation>科研高校 30–40%</translation>
    </message>
    <message>
        <source>Market-built ~50%</source>
        <translation>市场化建设约 50%</translation>
    </message>
    <message>
        <source>Leading firms ~80%</source>
        <translation>头部企业约 80%</translation>
    </message>
    <message>
        <source>No payback within the %1-month horizon at any utilization</source>
        <translation>在 %1 个月的测算期内，任何利用率下都无法收回投资</translation>
    </message>
</context>
<context>
    <name>ccp::TokenCostChart</name>
    <message>
        <source>Cost per million tokens against utilization</source>
        <translation>每百万 token 成本与利用率</translation>
    </message>
    <message>
        <source>Average sold utilization (%)</source>
        <translation>平均售出利用率（%）</translation>
    </message>
    <message>
        <source>Choose an inference model (Inference tab) to see what a million tokens costs.</source>
        <translation>请在“推理”页选择推理模型，以查看每百万 token 的成本。</translation>
    </message>
    <message>
        <source>The inference model cannot be served as deployed, so no token has a cost.</source>
        <translation>按当前部署无法运行该推理模型，因此没有 token 成本。</translation>
    </message>
    <message>
        <source>Cost per million tokens (levelized)</source>
        <translation>每百万 token 成本（平准化）</translation>
    </message>
    <message>
        <source>Realized price (net of VAT)</source>
        <translation>实现价格（不含增值税）</translation>
    </message>
    <message>
        <source>realized %1 per million tokens</source>
        <translation>实现价格：每百万 token %1</translation>
    </message>
    <message>
        <source>planned %1: %2</source>
        <translation>计划 %1：%2</translation>
    </message>
    <message>
        <source>Cost&lt;br&gt;(CNY per million tokens)</source>
        <translation>成本&lt;br&gt;（元/百万 token）</translation>
    </message>
</context>
<context>
    <name>ccp::TornadoChart</name>
    <message>
        <source>Sensitivity of NPV</source>
        <translation>净现值敏感性</translation>
    </message>
    <message>
        <source>Input at its low value</source>
        <translation>输入参数取低值</translation>
    </message>
    <message>
        <source>Input at its high value</source>
        <translation>输入参数取高值</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1（%2 → %3）</translation>
    </message>
    <message>
        <source>Change of NPV from %1 (million CNY)</source>
        <translation>相对 %1 的净现值变化（百万元）</translation>
    </message>
    <message>
        <source>%1 = %2: NPV %3, payback %4</source>
        <translation>%1 = %2：净现值 %3，投资回收期 %4</translation>
    </message>
</context>
<context>
    <name>ccp::XlsxDecisions</name>
    <message>
        <source>Comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>Payback vs utilization</source>
        <translation>回收期与利用率</translation>
    </message>
    <message>
        <source>Breakeven map</source>
        <translation>盈亏平衡图</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>Capex (CNY)</source>
        <translation>投资（元）</translation>
    </message>
    <message>
        <source>NPV (CNY)</source>
        <translation>净现值（元）</translation>
    </message>
    <message>
        <source>NPV minus the first scenario&apos;s (CNY)</source>
        <translation>净现值与第一个情景之差（元）</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>回收期（月）</translation>
    </message>
    <message>
        <source>Discounted payback (months)</source>
        <translation>动态回收期（月）</translation>
    </message>
    <message>
        <source>Breakeven utilization</source>
        <translation>盈亏平衡利用率</translation>
    </message>
    <message>
        <source>Levelized cost (CNY/card-hour)</source>
        <translation>平准化成本（元/卡时）</translation>
    </message>
    <message>
        <source>Broken hard limits</source>
        <translation>突破的硬性限制</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Average sold utilization</source>
        <translation>平均售出利用率</translation>
    </message>
    <message>
        <source>NPV (CNY): %1</source>
        <translation>净现值（元）：%1</translation>
    </message>
    <message>
        <source>Payback (months): %1</source>
        <translation>回收期（月）：%1</translation>
    </message>
    <message>
        <source>Planned utilization</source>
        <translation>计划利用率</translation>
    </message>
    <message>
        <source>Breakeven utilization (NPV = 0)</source>
        <translation>盈亏平衡利用率（净现值 = 0）</translation>
    </message>
    <message>
        <source>Payback (months) — rows: %1 (%2); columns: average sold utilization</source>
        <translation>回收期（月）——行：%1（%2）；列：平均售出利用率</translation>
    </message>
    <message>
        <source>—: not paid back within the horizon (%1 months).</source>
        <translation>—：测算期（%1 个月）内未能收回投资。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低值</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高值</translation>
    </message>
    <message>
        <source>NPV at low (CNY)</source>
        <translation>低值时净现值（元）</translation>
    </message>
    <message>
        <source>NPV at high (CNY)</source>
        <translation>高值时净现值（元）</translation>
    </message>
    <message>
        <source>Swing of NPV (CNY)</source>
        <translation>净现值变动幅度（元）</translation>
    </message>
    <message>
        <source>Payback at low (months)</source>
        <translation>低值时回收期（月）</translation>
    </message>
    <message>
        <source>Payback at high (months)</source>
        <translation>高值时回收期（月）</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Probability of payback within the horizon</source>
        <translation>测算期内收回投资的概率</translation>
    </message>
    <message>
        <source>Probability of payback within %1 months</source>
        <translation>%1 个月内收回投资的概率</translation>
    </message>
    <message>
        <source>Correlation of utilization and price</source>
        <translation>利用率与价格的相关系数</translation>
    </message>
    <message>
        <source>Uncertain input</source>
        <translation>不确定输入</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Most likely (mean, median)</source>
        <translation>最可能值（均值、中位数）</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Spread (σ)</source>
        <translation>离散度（σ）</translation>
    </message>
</context>
<context>
    <name>ccp::XlsxExport</name>
    <message>
        <source>Inputs</source>
        <translation>输入参数</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Monthly cash flow</source>
        <translation>月度现金流</translation>
    </message>
    <message>
        <source>Yearly summary</source>
        <translation>年度汇总</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the workbook could not be created</source>
        <translation>无法写入“%1”：无法创建工作簿</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Total (CNY)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Total capital expenditure</source>
        <translation>资本支出合计</translation>
    </message>
    <message>
        <source>Financial statements</source>
        <translation>财务报表</translation>
    </message>
    <message>
        <source>Item (CNY)</source>
        <translation>项目（元）</translation>
    </message>
    <message>
        <source>Assets − liabilities − equity (0 when balanced)</source>
        <translation>资产 − 负债 − 所有者权益（平衡时为0）</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Average sold utilization</source>
        <translation>平均售出利用率</translation>
    </message>
    <message>
        <source>Cost (CNY per million tokens)</source>
        <translation>成本（元/百万 token）</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Key (for scripts)</source>
        <translation>键名（供脚本使用）</translation>
    </message>
    <message>
        <source>VAT, surtax and working capital (CNY)</source>
        <translation>增值税、附加税与流动资金（元）</translation>
    </message>
    <message>
        <source>Payback reached in month (helper)</source>
        <translation>回收达成月份（辅助列）</translation>
    </message>
    <message>
        <source>Discounted cash flow (CNY)</source>
        <translation>折现现金流（元）</translation>
    </message>
    <message>
        <source>Discounted cumulative cash flow (CNY)</source>
        <translation>折现累计现金流（元）</translation>
    </message>
    <message>
        <source>Discounted payback reached in month (helper)</source>
        <translation>动态回收达成月份（辅助列）</translation>
    </message>
    <message>
        <source>Computed as</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Discount rate (per year)</source>
        <translation>折现率（年）</translation>
    </message>
    <message>
        <source>From the Inputs sheet</source>
        <translation>取自“输入参数”工作表</translation>
    </message>
    <message>
        <source>Scenario input</source>
        <translation>方案输入</translation>
    </message>
    <message>
        <source>Discount rate (per month)</source>
        <translation>折现率（月）</translation>
    </message>
    <message>
        <source>(1 + annual rate)^(1/12) − 1</source>
        <translation>(1 + 年折现率)^(1/12) − 1</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>净现值（NPV）</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Cash flow of month 0 + NPV(monthly rate, months 1 to H)</source>
        <translation>第 0 月现金流 + NPV(月折现率, 第 1 至 H 月)</translation>
    </message>
    <message>
        <source>Internal rate of return (IRR)</source>
        <translation>内部收益率（IRR）</translation>
    </message>
    <message>
        <source>(1 + IRR of the monthly cash flows)^12 − 1; “—” when no rate makes the NPV zero</source>
        <translation>(1 + 月度现金流的 IRR)^12 − 1；若没有使净现值为零的折现率则为“—”</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>First month the cumulative cash flow reaches zero, interpolated; “—” when never</source>
        <translation>累计现金流首次达到零的月份（插值）；从未达到则为“—”</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>动态投资回收期</translation>
    </message>
    <message>
        <source>The same on the discounted cash flows</source>
        <translation>按折现现金流同样计算</translation>
    </message>
    <message>
        <source>Equity NPV</source>
        <translation>资本金净现值</translation>
    </message>
    <message>
        <source>The NPV of the equity cash flows</source>
        <translation>资本金现金流的净现值</translation>
    </message>
    <message>
        <source>Total cash flow over the horizon</source>
        <translation>测算期现金流合计</translation>
    </message>
    <message>
        <source>Sum of the monthly cash flows</source>
        <translation>各月现金流之和</translation>
    </message>
    <message>
        <source>Cannot write “%1”: no such scenario</source>
        <translation>无法写入“%1”：没有该方案</translation>
    </message>
</context>
</TS>
