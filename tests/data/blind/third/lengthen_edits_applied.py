# ALREADY APPLIED to source.py (kept as a record). Hand-typed sentences added to 30 comments to reach ~1/3 long comments;
# nine labels changed with them (the added sentence changed the overall feel). Re-running fails on its asserts and changes nothing.
# one-off hand-typed edits to source.py: (end of existing text, added sentences, old label, new label)
E = [
("retyping it into Pay.gov for each bonded premises.", " Our three compliance people would thank you personally.", "positive", "positive"),
("that's not how you treat your largest customer.", " We will be looking at alternatives before we sign again.", "negative", "negative"),
("please fix before our spring bottling.", " We bottle about 40,000 cases in April.", "neutral", "neutral"),
("have the results land on the right lots would be huge.", " We'd also stop finding typos in the VA column three weeks later.", "neutral", "neutral"),
("the new filters for barrel groups are a big help.", " Five years in, still the right choice for us.", "positive", "positive"),
("resetting passwords is half of what our IT guy does.", " Everything else is running well for us.", "neutral", "positive"),
("which is going to be a problem for us.", " We'd rather not bolt on a middleware tool just for this.", "neutral", "neutral"),
("Direct e-filing would remove the one step where mistakes creep in.", " Twice this year we had to file an amended report because of a typo.", "neutral", "neutral"),
("importing that would be amazing.", " Really happy with the product overall.", "positive", "positive"),
("The compliance reports alone pay for it.", " Our old system was a binder and a prayer.", "positive", "positive"),
("would be the cherry on top.", " Our bookkeeper spends half a day on it every month.", "positive", "positive"),
("the card was charged for both tiers.", " Support says it's a known issue but couldn't tell me when it gets fixed.", "neutral", "neutral"),
("we just wish we could submit from there.", " Otherwise it's been a great fit.", "positive", "positive"),
("forget their passwords every single day.", " I reset six of them last Friday alone.", "neutral", "neutral"),
("we export CSVs into it by hand every week.", " It's error-prone and nobody enjoys it.", "neutral", "neutral"),
("Still a bit slow to load with 400 vessels, but much better than before.", " Keep going in this direction.", "positive", "positive"),
("Ahora lo hacemos a mano cada semana y es fácil equivocarse.", " Por lo demás, muy contentos con el programa.", "neutral", "positive"),
("Okta integration for login would make our IT consultant happy. Nothing else to report.", " The product itself is great.", "neutral", "positive"),
("would make the club way more popular.", " We love how easy the club batches are to run otherwise.", "neutral", "positive"),
("Walking back to the office to log a pump-over is silly.", " Otherwise the cellar module is exactly what we needed.", "neutral", "positive"),
("but a restart fixes it.", " Best POS we've had.", "positive", "positive"),
("so expect more users from us.", " We'll probably need two more POS logins. Happy with how it's going so far.", "neutral", "positive"),
("the ability to make substitutions in their shipment.", " Swapping a bottle is the number one email we get before every release.", "positive", "positive"),
("A customizable shipment would help us keep them.", " Pretty frustrating to watch them go.", "neutral", "negative"),
("redeem them in the tasting room?", " The holidays are when we'd sell the most.", "positive", "positive"),
("vineyard data. Not urgent.", " Love the product.", "neutral", "positive"),
("haven't been topped in X weeks.", " A barrel group slipped through twice this spring. Otherwise really happy with it.", "neutral", "positive"),
("made the TTB stuff a lot less scary. Thank you.", " Our accountant says it's the tidiest set of books she's seen from a winery.", "positive", "positive"),
("Feels like a small company that actually cares.", " That's why we stay.", "positive", "positive"),
("our crew tried it during the trial and loved it.", " Your web screens on a phone were not close.", "negative", "negative"),
]
src = open("source.py", encoding="utf-8").read()
for tail, add, old, new in E:
    a = tail + '",\n  "' + old + '"'
    b = tail + add + '",\n  "' + new + '"'
    n = src.count(a)
    assert n == 1, (n, tail)
    src = src.replace(a, b)
open("source.py", "w", encoding="utf-8").write(src)
print("applied", len(E))
