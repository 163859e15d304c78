import threading

from omatyontekija.ui.tasks import run_task


def test_result_arrives_on_done(qtbot):
    results = []
    run_task(lambda handle: 41 + 1, on_done=results.append)
    qtbot.waitUntil(lambda: results == [42])


def test_failure_reaches_the_error_path(qtbot):
    def boom(handle):
        raise ValueError("broken row")

    failures = []
    run_task(boom, on_error=lambda error, trace: failures.append((error, trace)))
    qtbot.waitUntil(lambda: bool(failures))
    error, trace = failures[0]
    assert isinstance(error, ValueError)
    assert "broken row" in trace


def test_progress_and_cancel(qtbot):
    started = threading.Event()
    seen, cancelled, done = [], [], []

    def long_job(handle):
        for i in range(1000):
            handle.progress(i, 1000)
            started.set()
            handle.check()
            threading.Event().wait(0.005)
        return "finished"

    task = run_task(
        long_job,
        on_progress=lambda d, t: seen.append(d),
        on_cancelled=lambda: cancelled.append(True),
        on_done=done.append,
    )
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert seen  # progress came through before the cancel
    assert done == []


def test_finished_reaches_a_task_that_ended_before_run_task_returned(qtbot):
    # A connection made after the task is started misses a task that is already
    # done (the access-log page once stayed busy for ever that way).
    ran = threading.Event()
    finished = []
    run_task(lambda handle: ran.set(), on_finished=lambda: finished.append(True))
    assert ran.wait(5)
    qtbot.waitUntil(lambda: finished == [True])
