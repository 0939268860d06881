#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-a11y-interchange.py: Import… and Export… reached by accessible names over AT-SPI.
#
# Run under dbus-run-session (and a display): meson does so.  The chair opens the main menu,
# chooses “Import…”, and gets the file chooser with its format choice; “Export…” opens the
# export dialog with both reports and, for the chair, the choice to include identities; a
# reviewer is not offered that choice.  The import itself is driven through its action in
# test-window-interchange.c.  Emits TAP.

import importlib.util
import os
import subprocess
import sys
import tempfile
import time

os.environ.pop('G_DEBUG', None)

import gi  # noqa: E402

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

# The helpers of test-a11y.py: find by accessible name, click, report in TAP.
spec = importlib.util.spec_from_file_location(
    'merit_a11y', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'test-a11y.py'))
a11y = importlib.util.module_from_spec(spec)
sys.argv = sys.argv[:2]
spec.loader.exec_module(a11y)
find, click, report, results = a11y.find, a11y.click, a11y.report, a11y.results

MERIT = sys.argv[1] if len(sys.argv) > 1 else os.environ['MERIT']
N = 12
N_TESTS = 4


def count_packages(folder):
    return len([n for n in os.listdir(os.path.join(folder, 'packages')) if n.endswith('.xml')])


def start(folder, member, tmp):
    config = tempfile.mkdtemp(prefix='config-%s-' % member, dir=tmp)
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
    with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
        f.write("[org/merit/Merit]\ncurrent-member='%s'\n" % member)
    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(tmp, 'data'), GTK_USE_PORTAL='0')
    env.pop('GTK_A11Y', None)
    env.pop('G_DEBUG', None)
    return subprocess.Popen([MERIT, '--workspace', folder], env=env)


def stop(proc):
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


def application():
    desktop = Atspi.get_desktop(0)
    end = time.time() + 90
    while time.time() < end:
        for i in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(i)
            if child is not None and child.get_name() == 'merit':
                return child
        time.sleep(0.2)
    return None


def open_menu_item(app, label):
    # The menu button's accessible with an action is the push button inside it.
    end = time.time() + 30
    buttons = []
    while not buttons and time.time() < end:
        buttons = [b for b in a11y.find_all(app, lambda a: a11y.clean(a.get_name()) == 'Main Menu'
                                            and a.get_role_name() == 'push button')
                   if b.get_n_actions() > 0]
        time.sleep(0.2)
    clicked = bool(buttons) and click(buttons[0])
    item = find(app, label, role='menu item', timeout=10) if clicked else None
    activated = item is not None and click(item)
    return activated


def ready_app(member):
    app = application()
    if app is None or find(app, '%d packages' % N, role='label', timeout=60) is None:
        return None
    return app


# GTK 4.8 crashes in its AT-SPI code when a client asks about a window after it was closed
# (Open Workspace… does the same), so each check runs in its own instance and closes nothing.
def chair_export(app):
    opened = open_menu_item(app, 'Export…')
    dialog = find(app, 'Export Report', timeout=15)
    json_row = find(dialog, 'Workspace report (JSON)', timeout=5) if dialog else None
    csv_row = find(dialog, 'Pipeline report (CSV)', timeout=5) if dialog else None
    identity = find(dialog, 'Include identity', timeout=5) if dialog else None
    export = find(dialog, 'Export…', role='push button', timeout=5) if dialog else None
    report(opened and None not in (dialog, json_row, csv_row, identity, export),
           'the chair’s “Export…” in the main menu offers JSON, CSV and identities')


def chair_import(app):
    opened = open_menu_item(app, 'Import…')
    chooser = find(app, 'Import Candidates', timeout=15)
    choice = find(chooser, 'Format', timeout=5) if chooser is not None else None
    accept = find(chooser, 'Import', role='push button', timeout=5) if chooser else None
    report(opened and None not in (chooser, choice, accept),
           'the chair’s “Import…” in the main menu opens the file chooser with its format choice')


def reviewer_export(app):
    opened = open_menu_item(app, 'Export…')
    dialog = find(app, 'Export Report', timeout=15) if opened else None
    json_row = find(dialog, 'Workspace report (JSON)', timeout=5) if dialog else None
    identity = find(dialog, 'Include identity', timeout=2) if dialog else None
    report(json_row is not None and identity is None,
           'a reviewer gets the export dialog without the choice of identities')


def session(folder, tmp, member, check):
    proc = start(folder, member, tmp)
    try:
        app = ready_app(member)
        if app is None:
            report(False, '%s’s window is on the accessibility bus with every package' % member)
        else:
            check(app)
    finally:
        stop(proc)


def main():
    tmp = tempfile.mkdtemp(prefix='merit-a11y-interchange-')
    folder = os.path.join(tmp, 'ws')
    # The demo's private keys go where each window will look for them.
    subprocess.run([MERIT, 'demo', folder, '--candidates', str(N), '--seed', '5'],
                   check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'data')))
    print('1..%d' % N_TESTS, flush=True)
    session(folder, tmp, 'rafael', chair_export)
    session(folder, tmp, 'rafael', chair_import)
    session(folder, tmp, 'ingrid', reviewer_export)
    report(count_packages(folder) == N, 'opening the dialogs wrote no package')
    return 0 if all(ok for ok, _ in results) and len(results) == N_TESTS else 1


if __name__ == '__main__':
    sys.exit(main())
