"""Give transcript turns the speakers' names, as the other interview sets have them: a turn by "interviewer" is the
record's interviewer's, a turn by "buyer" the buyer's (the name before a comma); a buyer given as an object
becomes its name, and an answer given as a list (competitors considered) its items joined by commas, as a person
types them in the form. No word of any text changes."""
import json, sys
src, dst = sys.argv[1], sys.argv[2]
out = []
changed = 0
for line in open(src, encoding="utf-8"):
    if not line.strip():
        continue
    r = json.loads(line)
    if isinstance(r["buyer"], dict):  # {"name", "role", ...}: the name, as the other sets give it
        r["buyer"] = r["buyer"]["name"]
    for key, answer in r["answers"].items():
        if isinstance(answer, list):  # ["Ampyra", "Kerbwatt"] -> "Ampyra, Kerbwatt"
            r["answers"][key] = ", ".join(answer)
    buyer = r["buyer"].split(",")[0].strip()
    for t in r["turns"]:
        role = t["speaker"].strip().lower()
        if role == "interviewer":
            t["speaker"] = r["interviewer"]; changed += 1
        elif role in ("buyer", "customer"):
            t["speaker"] = buyer; changed += 1
    out.append(json.dumps(r, ensure_ascii=False))
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"{len(out)} records, {changed} speakers named")
