#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-a11y.py: drives the Merit window as a person would, through AT-SPI accessible names only.
#
# Run under dbus-run-session (and a display): meson does so.  A reviewer searches the list,
# opens the blind-review pane, scores every criterion, writes evidence and submits; the package
# file on disk must then hold the submitted review.  The reviewer must not be offered the CEO's
# approval actions.  Then the reviewer works one criterion by candidate (Review by Criterion):
# the score lands in their draft on disk.  Emits TAP.

import glob
import os
import re
import subprocess
import sys
import tempfile
import time

# libatspi warns about races on the bus that are not ours; fatal warnings are for the app.
os.environ.pop('G_DEBUG', None)

import gi  # noqa: E402

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

MERIT = sys.argv[1] if len(sys.argv) > 1 else os.environ['MERIT']
N = 40
N_CASES = 11
results = []


def report(ok, what):
    results.append((ok, what))
    print(('ok' if ok else 'not ok') + ' %d - %s' % (len(results), what), flush=True)


def clean(name):
    # GTK 4.8 may prefix a mnemonic label with its raw text ("_Submit Review Submit Review").
    name = name or ''
    parts = name.split(' ')
    half = len(parts) // 2
    if len(parts) % 2 == 0 and parts[:half] and ' '.join(parts[:half]).replace('_', '') == ' '.join(parts[half:]):
        return ' '.join(parts[half:])
    return name.replace('_', '')


def find_all(root, pred, depth=0, out=None):
    out = [] if out is None else out
    if root is None or depth > 40:
        return out
    try:
        if pred(root):
            out.append(root)
        n = root.get_child_count()
    except Exception:
        return out
    for i in range(min(n, 200)):
        find_all(root.get_child_at_index(i), pred, depth + 1, out)
    return out


def find(root, name, role=None, prefix=False, timeout=5.0):
    end = time.time() + timeout
    while True:
        def pred(acc):
            nm = clean(acc.get_name())
            if not (nm.startswith(name) if prefix else nm == name):
                return False
            if role is not None and acc.get_role_name() != role:
                return False
            return True
        found = find_all(root, pred)
        if found or time.time() > end:
            return found[0] if found else None
        time.sleep(0.2)


def click(acc):
    for i in range(acc.get_n_actions()):
        if acc.get_action_name(i) in ('click', 'press', 'activate', 'toggle'):  # noqa
            return acc.do_action(i)
    return acc.do_action(0)


def set_text(acc, text):
    # The named widget or its inner GtkText carries the editable text interface.
    for cand in [acc] + find_all(acc, lambda a: True):
        try:
            if cand.set_text_contents(text):
                return True
        except Exception:
            continue
    return False


def count_reviews(folder, member, state):
    n = 0
    for path in glob.glob(os.path.join(folder, 'packages', '*.xml')):
        with open(path, encoding='utf-8') as f:
            n += len(re.findall(r'<review [^>]*reviewer="%s"[^>]*state="%s"' % (member, state),
                                f.read()))
    return n


def count_scores(folder, member, criterion, value):
    n = 0
    pattern = re.compile(r'<review [^>]*reviewer="%s"[^>]*>(?:(?!</review>).)*'
                         r'<score criterion="%s" value="%d"' % (member, criterion, value), re.S)
    for path in glob.glob(os.path.join(folder, 'packages', '*.xml')):
        with open(path, encoding='utf-8') as f:
            n += len(pattern.findall(f.read()))
    return n


def main():
    tmp = tempfile.mkdtemp(prefix='merit-a11y-')
    folder = os.path.join(tmp, 'ws')
    config = os.path.join(tmp, 'config')
    # The demo's private keys and its pinned CEO key go where the window will look for them.
    subprocess.run([MERIT, 'demo', folder, '--candidates', str(N), '--seed', '3'],
                   check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, XDG_CONFIG_HOME=config,
                            XDG_DATA_HOME=os.path.join(tmp, 'data')))
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
    with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
        f.write("[org/merit/Merit]\ncurrent-member='ingrid'\n")
    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(tmp, 'data'))
    env.pop('GTK_A11Y', None)
    env.pop('G_DEBUG', None)
    before = count_reviews(folder, 'ingrid', 'draft')
    print('1..%d' % N_CASES, flush=True)
    app_proc = subprocess.Popen([MERIT, '--workspace', folder], env=env)
    try:
        run(folder, before)
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(5)
        except subprocess.TimeoutExpired:
            app_proc.kill()
    return 0 if all(ok for ok, _ in results) and len(results) == N_CASES else 1


def run(folder, before):
    desktop = Atspi.get_desktop(0)
    app = None
    end = time.time() + 90
    while app is None and time.time() < end:
        for i in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(i)
            if child is not None and child.get_name() == 'merit':
                app = child
        time.sleep(0.2)
    report(app is not None, 'the Merit window is on the accessibility bus')
    if app is None:
        return

    person = find(app, "Current person: Ingrid", prefix=True, timeout=60)
    report(person is not None, 'the header names the current person and roles')

    count = find(app, "%d packages" % N, role="label", timeout=60)
    search = find(app, 'Search candidates')
    ok = count is not None and search is not None and set_text(search, 'zzzz-no-such-candidate')
    empty = find(app, 'Showing 0 of %d packages' % N, role='label', timeout=30)
    set_text(search, 'Blind review')
    narrowed = find(app, 'Showing', role='label', prefix=True, timeout=30)
    set_text(search, '')
    restored = find(app, '%d packages' % N, role='label', timeout=30)
    report(ok and empty is not None and narrowed is not None and restored is not None,
           'typing in “Search candidates” filters the list and clearing it restores every package')

    review_tab = find(app, 'Review', role='toggle button') or find(app, 'Review')
    report(review_tab is not None and click(review_tab), 'the “Review” view switcher button opens the pane')

    scored = 0
    criteria = ['Merit', 'Excellence', 'Intelligence', 'Role skills', 'Work ethic', 'Character']
    for criterion in criteria:
        button = find(app, '%s score 4' % criterion, timeout=5)
        if button is not None and click(button):
            scored += 1
    report(scored == len(criteria), 'every rubric criterion gets a score (%d of %d)' % (scored, len(criteria)))

    # Submitting also needs written evidence, which GTK 4.8 text views do not accept over
    # AT-SPI; test-window submits.  Here the reviewer saves a draft.
    save = find(app, 'Save Draft')
    report(save is not None and click(save), 'the “Save Draft” button is pressed')

    end = time.time() + 10
    while count_reviews(folder, 'ingrid', 'draft') <= before and time.time() < end:
        time.sleep(0.2)
    report(count_reviews(folder, 'ingrid', 'draft') == before + 1,
           'the package file on disk holds the draft review')

    approval_tab = find(app, 'Approval', role='toggle button') or find(app, 'Approval')
    if approval_tab is not None:
        click(approval_tab)
    status = find(app, 'Approval Is for the CEO', timeout=30)
    approve = find(app, 'Approve', role='push button', timeout=1)
    enabled = approve is not None and approve.get_state_set().contains(Atspi.StateType.SENSITIVE)
    report(status is not None and not enabled, 'a reviewer is not offered the approval actions')

    # Review by criterion: from the button under the review queue, one criterion at a time.
    merit_twos = count_scores(folder, 'ingrid', 'merit', 2)
    review_tab = find(app, 'Review', role='toggle button') or find(app, 'Review')
    if review_tab is not None:
        click(review_tab)
    by_criterion = find(app, 'Review by Criterion…', role='push button', timeout=30)
    start = (by_criterion is not None and click(by_criterion)
             and find(app, 'Start', role='push button', timeout=30))
    report(bool(start), 'the “Review by Criterion…” button opens the choice of role and criterion')

    progress = None
    if start:
        click(start)
        end = time.time() + 30
        while progress is None and time.time() < end:
            found = find_all(app, lambda a: a.get_role_name() == 'label'
                             and re.fullmatch(r'1 of \d+', a.get_name() or '') is not None)
            progress = found[0] if found else None
            time.sleep(0.2)
    report(progress is not None, 'Start shows the first candidate of the role, “1 of N”')

    # The review pane's form, hidden behind, has buttons of the same name: take the one on the
    # page of the progress label, looking outwards from it.
    score = None
    scope = progress
    for _ in range(8):
        if score is not None or scope is None:
            break
        scope = scope.get_parent()
        found = find_all(scope, lambda a: clean(a.get_name()) == 'Merit score 2')
        score = found[0] if found else None
    following = (find(app, 'Next', role='push button', timeout=30)
                 or find(app, 'Finish', role='push button', timeout=1))
    pressed = score is not None and click(score) and following is not None and click(following)
    end = time.time() + 30
    while count_scores(folder, 'ingrid', 'merit', 2) <= merit_twos and time.time() < end:
        time.sleep(0.2)
    report(pressed and count_scores(folder, 'ingrid', 'merit', 2) == merit_twos + 1,
           'a score and Next save the criterion into the reviewer’s draft on disk')


if __name__ == '__main__':
    sys.exit(main())
