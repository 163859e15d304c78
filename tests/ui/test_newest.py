from omatyontekija.ui.newest import Newest


def test_only_the_newest_requests_answer_is_shown():
    newest = Newest()
    shown = []
    newest.renew()
    first = newest.when_current(shown.append)
    newest.renew()  # a newer search
    second = newest.when_current(shown.append)
    first("old answer, arriving last")
    second("new answer")
    first("old answer")
    assert shown == ["new answer"]
    ticket = newest.renew()
    assert newest.is_current(ticket) and not newest.is_current(ticket - 1)


def test_the_pages_use_it_instead_of_counting_by_hand():
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "src" / "omatyontekija" / "ui"
    counting = [
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if "_generation += 1" in path.read_text() and "reform" not in path.parts
    ]
    assert counting == []
