"""Every prompt file renders, and a missing variable is an error."""

import pytest

from assistant.prompts import PromptError, prompt_names, render_prompt

VARIABLES = {"language": "norsk bokmål", "passages": "[1] Tekst.", "question": "Hva?", "text": "Et avsnitt [1]."}


def test_every_prompt_renders() -> None:
    names = prompt_names()
    assert {"answer_system", "answer_user"} <= set(names)
    for name in names:
        text = render_prompt(name, **VARIABLES)
        assert "$" not in text and text


def test_missing_variable_fails() -> None:
    with pytest.raises(PromptError, match="question"):
        render_prompt("answer_user", passages="x")
