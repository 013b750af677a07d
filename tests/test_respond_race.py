"""Two posts from the same link at the same moment still make one response: the database decides."""
import http.client
import threading
from urllib.parse import urlsplit

from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.models import Response, Survey


def _post(base: str, path: str, body: str, barrier: threading.Barrier, statuses: list):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.connect()  # connected before the barrier: the posts leave together
    barrier.wait()
    connection.request("POST", path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    statuses.append(connection.getresponse().status)
    connection.close()


def test_simultaneous_posts_from_one_link_make_one_response(app, live_server):
    with app.app_context():
        account = add_account()
        for n in range(4):
            add_contact(account, f"p{n}@acme.example", f"P{n}")
        survey = Survey(kind="nps", name="Race", status="open")
        db.session.add(survey)
        db.session.commit()
        paths = [link.url.removeprefix("http://voc.test")
                 for link in issue_links(survey, "http://voc.test", Audience()).links]
        db.session.commit()
    for path in paths:
        barrier, statuses = threading.Barrier(8), []
        threads = [threading.Thread(target=_post, args=(live_server, path if n % 2 else path + "/more",
                                                        f"score={n}" if n % 2 else "reason=same+time",
                                                        barrier, statuses)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(statuses) == [303] * 8, statuses
    with app.app_context():
        per_link = db.session.execute(select(Response.link_key, func.count()).group_by(Response.link_key)).all()
        assert len(per_link) == 4 and all(count == 1 for _key, count in per_link)
        assert all(r.score in (1, 3, 5, 7) and r.comment == "same time"
                   for r in db.session.scalars(select(Response)))
