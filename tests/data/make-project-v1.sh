#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes project-v1.ccplan: a .ccplan file in schema version 1 (tables `project` and `scenarios`,
# no embedded `catalog`), as the first format wrote it. Used by tests/model/tst_projectfile.cpp
# to check the migration to the current version; project-v1.expected.json is the same content
# as project JSON. Run from this folder with the sqlite3 command-line shell:
#     sh make-project-v1.sh
set -eu
out=project-v1.ccplan
rm -f "$out"
sqlite3 "$out" <<'SQL'
PRAGMA page_size = 4096;
PRAGMA application_id = 1128484913; -- 0x43435031, "CCP1"
PRAGMA user_version = 1;
BEGIN;
CREATE TABLE project(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE scenarios(position INTEGER PRIMARY KEY, name TEXT, json TEXT);
INSERT INTO project(key, value) VALUES
    ('name', 'Version 1 fixture'),
    ('name_zh', '第一版示例'),
    ('author', 'ccplanner tests'),
    ('description', 'Two scenarios in the first .ccplan format.'),
    ('app_version', '0.1.0'),
    ('saved_at', '2024-06-01T08:00:00.000Z');
INSERT INTO scenarios(position, name, json) VALUES
    (0, 'Zhongwei 256 H800',
     '{"name":"Zhongwei 256 H800","horizon_months":96,"cluster":{"card":"nvidia-h800-sxm","cards":256,"rack_power_kw":35},"network":{"fabric":"ib-ndr-400g"},"site":{"region":"cn-nx-zhongwei"},"demand":{"list_price_cny_per_card_hour":16,"segments":[{"name":"anchor","share":0.8,"utilization":0.9,"ramp_months":3},{"name":"market","share":0.2,"utilization":0.5,"ramp_months":12}]},"finance":{"discount_rate":0.07}}'),
    (1, 'Gui''an 512 A800',
     '{"name":"Gui''an 512 A800","cluster":{"card":"nvidia-a800-sxm","cards":512},"network":{"fabric":"roce-400g","oversubscription":2},"site":{"region":"cn-gz-guian","pue":1.3},"demand":{"list_price_cny_per_card_hour":9.5,"segments":[{"name":"all","share":1,"utilization":0.6}]},"training":{"params":7e9,"tokens":1e12,"mfu":0.4}}');
COMMIT;
SQL
echo "wrote $out"
