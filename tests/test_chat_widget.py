"""Serving the chat and its widget: compressed text, the host page's resize script, a server behind
a proxy under a path prefix, and the phone numbers urgent replies offer."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from assistant.serving.api import create_app
from assistant.settings import Settings

GZIP = {"Accept-Encoding": "gzip"}


@pytest.fixture(scope="module")
def client(bot):
    with TestClient(create_app(bot.settings, bot)) as client:
        yield client


def test_text_is_compressed_and_event_streams_are_not(client):
    page = client.get("/embed/", headers=GZIP)
    assert page.status_code == 200 and page.headers["content-encoding"] == "gzip"
    entry = re.search(r"\.\./assets/([\w.-]+\.js)", client.get("/widget/gradio.js").text).group(1)
    bundle = client.get(f"/assets/{entry}", headers=GZIP)
    assert bundle.headers["content-encoding"] == "gzip" and "javascript" in bundle.headers["content-type"]
    assert client.get("/openapi.json", headers=GZIP).headers["content-encoding"] == "gzip"
    with client.stream("POST", "/api/ask/stream", json={"question": "Is this a cure?"}, headers=GZIP) as stream:
        assert "content-encoding" not in stream.headers and "event: reply" in stream.read().decode()


def test_the_host_page_script_resizes_only_for_its_own_origin(client):
    script = client.get("/widget/resize.js", headers={"Origin": "https://clinic.example"})
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert script.headers["access-control-allow-origin"] == "*"
    assert "event.origin !== origin" in script.text and "contentWindow === source" in script.text


def test_the_web_components_stylesheet_loads_from_beside_its_script(client):
    entry = re.search(r"\.\./assets/([\w.-]+\.js)", client.get("/widget/gradio.js").text).group(1)
    bundle = client.get(f"/assets/{entry}").text
    # Gradio's own resolves "./assets/index-<hash>.css" against the site root, missing a path prefix.
    assert re.search(r'new URL\("\./index-[\w-]+\.css",import\.meta\.url\)\.href', bundle)
    assert not re.search(r"`\./assets/index-[\w-]+\.css`", bundle)


class _Proxy:
    """What a reverse proxy does for `location /cartqa/ { proxy_pass http://cartqa/; }`."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            path = scope["path"].removeprefix("/cartqa") or "/"
            scope = dict(scope, path=path, raw_path=path.encode())
        await self.app(scope, receive, send)


def test_behind_a_proxy_under_a_path_prefix_urls_go_through_it(bot):
    settings = bot.settings.model_copy(update={"root_path": "/cartqa"})
    with TestClient(_Proxy(create_app(settings, bot)), base_url="http://testserver") as proxied:
        assert proxied.get("/cartqa/embed/config").json()["root"] == "http://testserver/cartqa/embed"
        assert proxied.get("/cartqa/config").json()["root"] == "http://testserver/cartqa"
        assert proxied.get("/cartqa/embed").headers.get("location", "/embed/").endswith("/embed/")
        assert proxied.get("/cartqa/healthz").status_code == 200
        assert "/cartqa/openapi.json" in proxied.get("/cartqa/docs").text
        assert proxied.post("/cartqa/api/ask", json={"question": "How many patients were treated?"}).status_code == 200
        # The guard still sees the paths it knows: Gradio's other routes stay closed.
        assert proxied.get("/cartqa/gradio_api/upload_progress").status_code == 404
    with pytest.raises(ValidationError):
        Settings(root_path="cartqa; rm")


# Gradio's client sends x-gradio-user with queue/join: a browser asks first (Playwright's request
# interception answers preflights itself, so the browser test cannot see this).
def test_the_web_component_may_ask_from_another_origin(client):
    preflight = client.options("/embed/gradio_api/queue/join", headers={
        "Origin": "https://clinic.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-gradio-user"})
    allowed = preflight.headers.get("access-control-allow-headers", "").lower()
    assert preflight.status_code == 204 and "x-gradio-user" in allowed


@pytest.mark.parametrize("number", ["javascript:alert(1)", "112<script>", "+1 555 0100\nX: y", "1" * 40])
def test_phone_numbers_are_phone_numbers(number):
    with pytest.raises(ValidationError):
        Settings(emergency_number=number)
    assert Settings(care_team_number="+49 (0)30 450-50").care_team_number == "+49 (0)30 450-50"
