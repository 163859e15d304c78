"""Numbers in the planner's messages are written as each language writes them."""

from omatyontekija.planning.messages import Message


def test_decimals_use_the_languages_separator():
    note = Message.of("target_not_reached", target=80.0, ratio=93.8)
    assert "93,8 %" in note.text("fi") and "80 %" in note.text("fi")
    assert "93,8 %" in note.text("sv")
    assert "93.8 %" in note.text("en")
    assert "seconds" not in Message.of("time_limit", seconds=120.0).text("fi")
    assert "120" in Message.of("time_limit", seconds=120.0).text("fi")
    assert "120,0" not in Message.of("time_limit", seconds=120.0).text("fi")
