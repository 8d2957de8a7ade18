"""A sign happening now, told in another language, stays an emergency when another sentence of the
message asks about the study: the other languages' patterns leave out the study's patients, the past
or a story only in the sentence naming the sign (as the English guards read it). Made-up messages."""
from __future__ import annotations

import pytest
from conftest import guard_router


@pytest.mark.parametrize("message", [
    "Sønnen min har kramper i hele kroppen nå. Står det noe om kramper i studien?",
    "Mi hijo tiene convulsiones ahora mismo. ¿El estudio habla de convulsiones?",
    "amar chhele oshudh kheye feleche, ekhon ghum ghum lagche. study te ki kichu ache?",
])
def test_a_sign_now_then_a_question_about_the_study_is_an_emergency(message):
    assert (guard_router().guard(message) or "").startswith("emergency"), message


@pytest.mark.parametrize("message", [
    "¿Algún paciente del estudio tuvo convulsiones?",
    "study te ki bola ache kono rogi oshudh kheye feleche kina?",
])
def test_a_sign_asked_of_the_studys_patients_in_its_own_sentence_is_no_emergency(message):
    assert not (guard_router().guard(message) or "").startswith("emergency"), message
