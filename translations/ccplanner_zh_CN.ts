<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp</name>
    <message>
        <source>%1: record without a valid lower-case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: confidence must be H, M, L or U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;estimates&quot; must be a list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known market status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp::CatalogStore</name>
    <message>
        <source>%1: cannot read the built-in catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown catalog kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a record is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the catalog database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a built-in entry has this id; clone it under a new id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp::CommandLine</name>
    <message>
        <source>%1 hundred million CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ten thousand CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards / servers / racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network tiers / switches / links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT / facility power (provisioned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW / %2 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nameplate BF16 / effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PFLOPS / %2 PFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFU / goodput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not within horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakeven utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levelized cost per card-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days on %2 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(money in ten thousand CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (.json); the built-in example when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the scenario with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override one input (dotted key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval: use either --scenario or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario: no scenario named &quot;%1&quot; (the project has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  ccplanner [FILE]                 open the planner (built-in example project when no FILE)
  ccplanner eval [FILE] [--scenario NAME | --all] [--set KEY=VALUE]... [--json]
  ccplanner catalog [--json]
FILE is a project JSON file. Exit status: 0 success, 2 bad input, 1 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp::KeyFiguresView</name>
    <message>
        <source>%1 million CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards / servers / racks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nameplate BF16:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective (estimate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PFLOPS (MFU %2, goodput %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT / facility power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW / %2 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not within horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakeven utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp::MainWindow</name>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Compute Center Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures marked as estimates rest on estimated catalog values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp::Messages</name>
    <message>
        <source>%1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong type of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid value &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of range (allowed %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no catalog entry with id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server &quot;%2&quot; does not carry the chosen card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segment shares add up to %2, more than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phase shares add up to %2, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such element (index out of range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack budget below one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquid cooling needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid capacity exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE above the hub limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several IRR values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payback within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabric too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training misses its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough accelerator memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization below hub occupancy rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server needs %1 kW but the rack budget is %2 kW; one server per rack assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks draw %1 kW, above about %2 kW: air cooling will not do; plan liquid cooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility power %1 kW exceeds the grid capacity of %2 kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual energy %1 MWh exceeds the energy quota of %2 MWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE %1 is above the hub&apos;s limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash flows change sign several times: %1 rates give NPV = 0; the IRR shown is the one closest to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discount rate makes the NPV zero: there is no IRR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investment does not pay back within the %1-month horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints exceed what a three-tier fabric of this switch can carry (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training job takes %1 days, longer than the %2-day target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training state needs about %1 GB of accelerator memory; the job&apos;s cards have %2 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady-state utilization %1 is below the %2 occupancy that hub approvals expect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp::ProjectLoader</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported file type (expected a .json project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a project file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ccp::ScenarioJson</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a project: the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: not a Compute Center Planner project (expected &quot;ccplanner-project&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version: must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version %1: the file was written by a newer version of Compute Center Planner (this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.%1: must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.%1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios: the project needs at least one scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1: expected KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
