"""“Trang này có hữu ích không?”: the form on articles, without JavaScript, rate limited; counts for editors."""

import pytest
from django.urls import reverse

from portal import roles
from portal.models import PageFeedback


def test_reader_answers_and_comes_back_thanked(client, make_article):
    article = make_article(title="Hướng dẫn nộp hồ sơ trực tuyến")
    html = client.get(article.url).content.decode()
    assert "Trang này có hữu ích với bạn không?" in html and 'name="useful"' in html
    response = client.post("/phan-hoi/", {"page": article.pk, "useful": "no", "comment": "Thiếu <b>mẫu đơn</b>"})
    assert response.status_code == 303 and response["Location"] == f"{article.url}?phan-hoi=cam-on#phan-hoi"
    feedback = PageFeedback.objects.get()
    assert feedback.page_id == article.pk and feedback.useful is False and feedback.comment == "Thiếu <b>mẫu đơn</b>"
    assert len(feedback.ip_hash) == 64
    thanked = client.get(response["Location"]).content.decode()
    assert "Cảm ơn bạn đã cho ý kiến về trang này." in thanked and 'name="useful"' not in thanked


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"page": "abc", "useful": "yes"},
        {"page": "1", "useful": "maybe"},
        {"page": "1", "useful": "yes", "comment": "x" * 1001},
        {"page": "1", "useful": "yes", "website": "http://spam"},
    ],
)
def test_bad_input_is_refused_without_a_trace(client, make_article, data):
    article = make_article()
    data = {key: (str(article.pk) if value == "1" else value) for key, value in data.items()}
    assert client.post("/phan-hoi/", data).status_code == 400
    assert not PageFeedback.objects.exists()


def test_unpublished_or_unknown_pages_and_get(client, make_article):
    draft = make_article(publish=False)
    assert client.post("/phan-hoi/", {"page": draft.pk, "useful": "yes"}).status_code == 404
    assert client.post("/phan-hoi/", {"page": 987654, "useful": "yes"}).status_code == 404
    assert client.get("/phan-hoi/").status_code == 405


def test_rate_limit(client, make_article, settings):
    settings.PAGE_FEEDBACK_RATE = "2/h"
    article = make_article()
    responses = [client.post("/phan-hoi/", {"page": article.pk, "useful": "yes"}) for _ in range(3)]
    assert [r.status_code for r in responses] == [303, 303, 429]
    assert "quá nhiều yêu cầu" in responses[2].content.decode() and int(responses[2]["Retry-After"]) > 0
    assert PageFeedback.objects.count() == 2


def test_editors_read_the_counts(client, make_article, make_user):
    liked = make_article(title="Bài được khen")
    disliked = make_article(title="Bài bị chê")
    PageFeedback.objects.create(page=liked, useful=True)
    PageFeedback.objects.create(page=disliked, useful=False, comment="Thông tin đã cũ")
    PageFeedback.objects.create(page=disliked, useful=False)
    client.force_login(make_user("bientap", roles.EDITORS))
    html = client.get(reverse("page_feedback_report")).content.decode()
    assert html.index("Bài bị chê") < html.index("Bài được khen") and "Thông tin đã cũ" in html
    export = client.get(reverse("page_feedback_report") + "?export=csv")
    content = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "Bài bị chê" in content and ",2," in content
    client.force_login(make_user("ctv", roles.COLLABORATORS))
    assert client.get(reverse("page_feedback_report")).status_code in (302, 403)
