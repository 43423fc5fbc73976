"""Parents' links and the mail a stranger can make us send (issue 17 B, C; issue 16.12)."""

import base64
import binascii
import re
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from kidsnews.accounts.models import Reader
from kidsnews.accounts.services import consent_token, manage_token, send_consent_email
from tests.comments.people import make_reader

pytestmark = pytest.mark.django_db

EMAIL = "grownup@example.org"
SENT_FORGOT = "If that nickname is right, we've emailed them a link."
SENT_PARENT = "If that email belongs to a grown-up on our site, a link is on its way."


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def _links(body: str, kind: str) -> list[str]:
    return [_path(url) for url in re.findall(rf"https?://\S+/accounts/{kind}/\S+/", body)]


def _main_text(response) -> str:
    """The page without the per-response parts (CSRF token, CSP nonce)."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return re.sub(r'nonce="[^"]*"', "", html)


# --- B: mail limits -------------------------------------------------------------------------


def test_password_resets_to_one_parent_are_limited_and_look_the_same(settings):
    make_reader()
    responses = [
        Client(REMOTE_ADDR=f"198.51.100.{number}").post(
            "/accounts/forgot/", {"nickname": "BraveOtter42"}
        )
        for number in range(15)
    ]
    assert 1 <= len(mail.outbox) <= settings.MAIL_PER_RECIPIENT_PER_HOUR
    assert {response.status_code for response in responses} == {200}
    assert len({_main_text(response) for response in responses}) == 1
    assert SENT_FORGOT in responses[-1].content.decode()


def test_one_requester_cannot_mail_many_parents(settings):
    for number in range(15):
        make_reader(f"BraveOtter{number + 10}", parent_email=f"parent{number}@example.org")
    client = Client(REMOTE_ADDR="198.51.100.200")
    responses = [
        client.post("/accounts/forgot/", {"nickname": f"BraveOtter{number + 10}"})
        for number in range(15)
    ]
    assert 1 <= len(mail.outbox) <= settings.MAIL_PER_REQUESTER_PER_HOUR
    assert len({_main_text(response) for response in responses}) == 1


def test_parent_link_requests_send_one_email_each_and_are_limited(settings):
    for number in range(5):  # one grown-up, five children: one email, not five
        make_reader(f"CalmSeal{number + 10}")
    first = Client(REMOTE_ADDR="198.51.100.7").post("/accounts/parent/", {"email": EMAIL})
    (email,) = mail.outbox
    assert len(_links(email.body, "parent")) == 5
    responses = [first] + [
        Client(REMOTE_ADDR=f"198.51.100.{number}").post("/accounts/parent/", {"email": EMAIL})
        for number in range(20, 34)
    ]
    assert len(mail.outbox) <= settings.MAIL_PER_RECIPIENT_PER_HOUR
    unknown = Client().post("/accounts/parent/", {"email": "nobody@example.org"})
    assert len({_main_text(response) for response in [*responses, unknown]}) == 1
    assert SENT_PARENT in unknown.content.decode()


def test_sign_ups_cannot_flood_a_parent_with_consent_mail(settings):
    def sign_up(client):
        form = client.get("/accounts/sign-up/").context["form"]
        return client.post(
            "/accounts/sign-up/",
            {
                "nickname": form.fields["nickname"].choices[0][0],
                "offered": form.initial["offered"],
                "age_band": "9-12",
                "password1": "snowy-owl-tuesday",
                "password2": "snowy-owl-tuesday",
                "parent_email": EMAIL,
            },
        )

    responses = [sign_up(Client(REMOTE_ADDR=f"198.51.100.{n}")) for n in range(8)]
    assert {(r.status_code, r["Location"]) for r in responses} == {(302, "/accounts/sign-up/done/")}
    assert Reader.objects.count() == 8
    assert 1 <= len(mail.outbox) <= settings.MAIL_PER_RECIPIENT_PER_HOUR


# --- C: two links, two purposes, no email in either -------------------------------------------


def _decodings(token: str):
    """Every segment of the token, as it is and base64-decoded (any padding, either alphabet)."""
    for segment in re.split(r"[:./_-]+", token) + token.split(":"):
        yield segment
        for data in (segment, segment.replace("-", "+").replace("_", "/")):
            for pad in range(3):
                for altchars in (b"-_", None):
                    try:
                        decoded = base64.b64decode(data + "=" * pad, altchars=altchars)
                    except (binascii.Error, ValueError):
                        continue
                    yield decoded.decode("latin-1")


def test_no_link_carries_the_parents_email():
    make_reader()
    Client().post("/accounts/parent/", {"email": EMAIL})
    Client().post("/accounts/forgot/", {"nickname": "BraveOtter42"})
    reader = Reader.objects.get()
    tokens = [consent_token(reader=reader), manage_token(reader=reader)]
    for email in mail.outbox:
        tokens += re.findall(r"/accounts/(?:parent|consent|reset)/(\S+?)/?(?:\s|$)", email.body)
    assert len(tokens) >= 4
    for token in tokens:
        for decoded in _decodings(token):
            lowered = decoded.lower()
            assert "grownup" not in lowered and "example.org" not in lowered, token


def test_the_consent_link_grants_consent_and_nothing_else(story):
    reader = make_reader(consent=False)
    send_consent_email(reader=reader)
    (email,) = mail.outbox
    (consent_url,) = _links(email.body, "consent")
    (manage_url,) = _links(email.body, "parent")
    consent = consent_url.split("/")[-2]
    assert consent != manage_url.split("/")[-2]

    parent = Client()
    for path in ("", "download/", "delete/"):
        response = parent.get(f"/accounts/parent/{consent}/{path}")
        assert response.status_code == 404
        assert "BraveOtter42" not in response.content.decode()
    assert parent.post(f"/accounts/parent/{consent}/delete/", {"confirm": "yes"}).status_code == 404
    assert Reader.objects.filter(pk=reader.pk).exists()

    question = parent.get(consent_url).content.decode()
    assert "/accounts/parent/" + manage_url.split("/")[-2] not in question
    assert not re.search(r"/accounts/parent/[^\"/]+/", question)  # no way on to the parent page
    done = parent.post(consent_url)
    assert done.status_code == 200
    assert not re.search(r"/accounts/parent/[^\"/]+/", done.content.decode())
    reader.refresh_from_db()
    assert reader.has_consent

    # The parent link opens the page, but is no consent link.
    assert "BraveOtter42" in parent.get(manage_url).content.decode()
    assert parent.post(f"/accounts/consent/{manage_url.split('/')[-2]}/").status_code == 404


# --- D: expired and broken links say so, kindly, and offer a new one --------------------------


def test_an_expired_parent_link_says_so_and_offers_a_new_one(settings):
    reader = make_reader()
    token, consent_link = manage_token(reader=reader), consent_token(reader=reader)
    days = max(settings.PARENT_MANAGE_LINK_MAX_AGE_DAYS, settings.PARENT_LINK_MAX_AGE_DAYS)
    later = timezone.now().timestamp() + (days + 1) * 86400
    with mock.patch("time.time", return_value=later):
        response = Client().get(f"/accounts/parent/{token}/")
        consent = Client().get(f"/accounts/consent/{consent_link}/")
    for page in (response, consent):
        html = page.content.decode()
        assert page.status_code == 410
        assert "This link has expired" in html
        assert "BraveOtter42" not in html
        assert 'action="/accounts/parent/"' in html and 'name="email"' in html
    # The form on that page sends a new link.
    Client().post("/accounts/parent/", {"email": EMAIL})
    (email,) = mail.outbox
    assert "BraveOtter42" in Client().get(_links(email.body, "parent")[0]).content.decode()


def test_a_tampered_parent_link_says_it_does_not_work_and_offers_a_new_one():
    reader = make_reader()
    token = manage_token(reader=reader)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for path in (f"/accounts/parent/{tampered}/", "/accounts/parent/not-a-real-link/"):
        response = Client().get(path)
        html = response.content.decode()
        assert response.status_code == 404
        assert "This link doesn't work" in html
        assert "BraveOtter42" not in html
        assert 'action="/accounts/parent/"' in html and 'name="email"' in html
