"""Urgent replies: set apart (icon, colour, role="alert") with numbers to tap and call.

The wording follows the reply's alert: a reaction to the treatment calls for the treatment centre's
24-hour line or emergency services; thoughts of self-harm for a crisis line. The numbers come from
the settings (CARTQA_EMERGENCY_NUMBER, CARTQA_CARE_TEAM_NUMBER, CARTQA_CRISIS_NUMBER); when one is
not set, the common numbers are offered instead.
"""
from __future__ import annotations

import html
import re

# Shown when CARTQA_EMERGENCY_NUMBER is empty: the numbers most readers will need.
COMMON_EMERGENCY = (("911", "US and Canada"), ("112", "Europe"), ("999", "UK"))
COMMON_CRISIS = ("988", "US: call or text")
TITLES = {
    "reaction": "This could be a serious reaction to the treatment. Get help now.",
    "self_harm": "You deserve support right now. You are not alone.",
    "": "This sounds urgent. Get help now.",
}


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def tel(number: str) -> str:
    """A tel: URI: digits and a leading + only."""
    digits = re.sub(r"[^0-9+]", "", number)
    return "tel:" + (digits[:1] + digits[1:].replace("+", ""))


def _call(number: str, label: str, primary: bool = False) -> str:
    cls = "cq-call cq-call-main" if primary else "cq-call"
    return f'<a class="{cls}" href="{_esc(tel(number))}">{_esc(label)}</a>'


def _emergency_calls(view, primary: bool) -> list[str]:
    if view.emergency_number:
        return [_call(view.emergency_number, f"Call emergency services: {view.emergency_number}", primary)]
    return [_call(number, f"Call {number} ({where})", primary and n == 0) for n, (number, where) in enumerate(COMMON_EMERGENCY)]


def calls(alert: str, view) -> str:
    """The tap-to-call links (and a line of text where no number is known) for one alert."""
    links, notes = [], []
    if alert == "reaction":
        if view.care_team_number:
            links.append(_call(view.care_team_number, f"Call your treatment centre: {view.care_team_number}", True))
        else:
            notes.append("Call your treatment centre’s 24-hour number (your care team gave it to you), "
                         "or emergency services.")
        links += _emergency_calls(view, primary=not view.care_team_number)
    elif alert == "self_harm":
        number, label = (view.crisis_number, f"Call the crisis line: {view.crisis_number}") if view.crisis_number else (
            COMMON_CRISIS[0], f"{COMMON_CRISIS[1]} {COMMON_CRISIS[0]}")
        links.append(_call(number, label, True))
        links += _emergency_calls(view, primary=False)
    else:
        links += _emergency_calls(view, primary=True)
    text = "".join(f'<p class="cq-call-note">{_esc(note)}</p>' for note in notes)
    return f'{text}<div class="cq-calls">{"".join(links)}</div>'


def urgent(alert: str, body: str, view) -> str:
    """The urgent reply: title, the calls, then what the assistant said."""
    alert = alert if alert in TITLES else ""
    title = TITLES[alert]
    said = body or (view.treatment_emergency if alert == "reaction" else "")
    paragraphs = "".join(f"<p>{_esc(line)}</p>" for line in said.split("\n") if line.strip())
    return (
        f'<div class="cq-alert cq-alert-{alert or "urgent"}" role="alert">'
        '<p class="cq-alert-title"><svg class="cq-icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">'
        '<path d="M12 2 1 21h22L12 2zm0 6 .9 7h-1.8L12 8zm0 9.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6z" fill="currentColor"/>'
        f"</svg><span>{_esc(title)}</span></p>{calls(alert, view)}"
        f'<div class="cq-alert-body">{paragraphs}</div></div>'
    )
