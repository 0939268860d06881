#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-window-de.py: the real Merit window in German, read through AT-SPI.
#
#   test-window-de.py MERIT LOCALEDIR DE_PO
#
# Starts the built binary on a demo workspace with LANGUAGE=de and the build tree's compiled
# catalogue (MERIT_LOCALEDIR=LOCALEDIR, which holds de/LC_MESSAGES/merit.mo), then checks that
# the header bar, the list's column titles, the review form with its rubric and the approval
# pane speak German, and that no visible text is an English message that po/de.po translates.
# Run under dbus-run-session and a display (meson does so; ./check runs under xvfb-run).
#
# No German glibc locale is needed: LANGUAGE=de with LANG=C.UTF-8 selects the catalogue
# (gettext only ignores LANGUAGE when the locale is plain "C").  Emits TAP.

import os
import re
import subprocess
import sys
import tempfile
import time
import warnings

# libatspi warns about races on the bus that are not ours; fatal warnings are for the app.
os.environ.pop('G_DEBUG', None)
warnings.filterwarnings('ignore', category=DeprecationWarning)

N_TESTS = 10
results = []


def report(ok, what, diagnostics=()):
    results.append(ok)
    print(('ok' if ok else 'not ok') + ' %d - %s' % (len(results), what), flush=True)
    for line in ([] if ok else diagnostics):
        print('# ' + line, flush=True)


def unescape(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), s)


def read_po(path):
    """{msgid: msgstr} of the translated singular messages of a .po file."""
    catalogue = {}
    entry = {}
    key = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n') + ['']
    for line in lines:
        if line.startswith('"') and key is not None:
            entry[key] += unescape(line[1:-1])
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) "(.*)"$', line)
        if m:
            key = m.group(1)
            entry[key] = unescape(m.group(2))
            continue
        key = None
        if not line.strip() and 'msgid' in entry:
            if entry['msgid'] and entry.get('msgstr') and 'msgid_plural' not in entry:
                catalogue[entry['msgid']] = entry['msgstr']
            entry = {}
    return catalogue


def clean(name):
    # GTK 4.8 may prefix a mnemonic label with its raw text ("_Weiter Weiter").
    name = name or ''
    parts = name.split(' ')
    half = len(parts) // 2
    if (len(parts) % 2 == 0 and parts[:half]
            and ' '.join(parts[:half]).replace('_', '') == ' '.join(parts[half:])):
        return ' '.join(parts[half:])
    return name.replace('_', '')


def walk(root, depth=0, out=None):
    out = [] if out is None else out
    if root is None or depth > 80:
        return out
    try:
        out.append(root)
        n = root.get_child_count()
    except Exception:
        return out
    for i in range(min(n, 300)):
        try:
            walk(root.get_child_at_index(i), depth + 1, out)
        except Exception:
            pass
    return out


def name_of(acc):
    try:
        return clean(acc.get_name())
    except Exception:
        return ''


def role_of(acc):
    try:
        return acc.get_role_name()
    except Exception:
        return ''


def find_all(root, name, role=None, prefix=False):
    return [a for a in walk(root)
            if (name_of(a).startswith(name) if prefix else name_of(a) == name)
            and (role is None or role_of(a) == role)]


def find_last_first(root, prefix, depth=0):
    """The first accessible whose name starts with prefix, searching last children first."""
    if root is None or depth > 80:
        return None
    try:
        if name_of(root).startswith(prefix):
            return root
        n = root.get_child_count()
    except Exception:
        return None
    for i in reversed(range(min(n, 300))):
        try:
            found = find_last_first(root.get_child_at_index(i), prefix, depth + 1)
        except Exception:
            found = None
        if found is not None:
            return found
    return None


def find_toast(root, prefix, timeout=10.0):
    """A toast lasts six seconds, less than a walk of the whole tree takes on a busy machine;
    it is the last child of the window's toast overlay, so look there first."""
    end = time.time() + timeout
    while True:
        found = find_last_first(root, prefix)
        if found is not None or time.time() > end:
            return found
        time.sleep(0.2)


def find(root, name, role=None, prefix=False, timeout=10.0):
    end = time.time() + timeout
    while True:
        found = find_all(root, name, role, prefix)
        if found or time.time() > end:
            return found[0] if found else None
        time.sleep(0.3)


def click(acc):
    try:
        for i in range(acc.get_n_actions()):
            if acc.get_action_name(i) in ('click', 'press', 'activate', 'toggle'):
                return acc.do_action(i)
        return acc.do_action(0)
    except Exception:
        return False


def open_tab(app, title):
    """Clicks every view switcher tab called title (wide and narrow switchers both)."""
    tabs = find_all(app, title, role='page tab')
    return any([click(tab) for tab in tabs])


def main():
    if len(sys.argv) != 4:
        print('usage: test-window-de.py MERIT LOCALEDIR DE_PO', file=sys.stderr)
        return 2
    merit, localedir, de_po = sys.argv[1:]
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print('1..0 # SKIP no display (run under xvfb-run)')
        return 0
    try:
        import gi
        gi.require_version('Atspi', '2.0')
        from gi.repository import Atspi
    except (ImportError, ValueError) as e:
        print('1..0 # SKIP no AT-SPI bindings: %s' % e)
        return 0

    print('1..%d' % N_TESTS, flush=True)
    mo = os.path.join(localedir, 'de', 'LC_MESSAGES', 'merit.mo')
    if not os.path.isfile(mo):
        report(False, 'the German catalogue is built', ['missing: ' + mo])
        return 1

    tmp = tempfile.mkdtemp(prefix='merit-de-')
    folder = os.path.join(tmp, 'ws')
    config = os.path.join(tmp, 'config')
    # The demo's private keys and its pinned CEO key go where the window will look for them.
    subprocess.run([merit, 'demo', folder, '--seed', '1'], check=True,
                   stdout=subprocess.DEVNULL,
                   env=dict(os.environ, XDG_CONFIG_HOME=config,
                            XDG_DATA_HOME=os.path.join(tmp, 'data')))
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
    with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
        f.write("[org/merit/Merit]\ncurrent-member='ingrid'\nwindow-width=1280\n"
                "window-height=800\n")
    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(tmp, 'data'), LANGUAGE='de', LANG='C.UTF-8',
               MERIT_LOCALEDIR=os.path.abspath(localedir))
    for var in ('LC_ALL', 'LC_MESSAGES', 'GTK_A11Y', 'G_DEBUG', 'NO_AT_BRIDGE'):
        env.pop(var, None)
    app_proc = subprocess.Popen([merit, '--workspace', folder], env=env)
    try:
        run(Atspi, read_po(de_po))
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(5)
        except subprocess.TimeoutExpired:
            app_proc.kill()
    return 0 if all(results) and len(results) == N_TESTS else 1


def english_left(app, catalogue):
    """Visible names that are English messages with a different German translation."""
    # Labels and menu items show messages without their mnemonic underscores.
    english = {}
    for msgid, msgstr in catalogue.items():
        if msgstr.replace('_', '') != msgid.replace('_', ''):
            english[msgid] = msgstr
            english.setdefault(msgid.replace('_', ''), msgstr)
    return sorted({name_of(acc) for acc in walk(app) if name_of(acc) in english})


def run(Atspi, catalogue):
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

    # The header bar: the view switcher, the current person and the main menu.
    count = find(app, '40 Pakete', role='label', timeout=60)
    tabs = {t: find(app, t, role='page tab', timeout=5)
            for t in ('Bewerbungen', 'Bewertung', 'Freigabe')}
    english_tabs = [t for t in ('Candidates', 'Review', 'Approval')
                    if find_all(app, t, role='page tab')]
    person = find(app, 'Aktuelle Person: Ingrid', prefix=True, timeout=5)
    menu = find(app, 'Hauptmenü', timeout=5)
    report(all(tabs.values()) and not english_tabs and person is not None
           and menu is not None,
           'the header bar is German: Bewerbungen, Bewertung, Freigabe, current person, menu',
           ['missing tab: ' + t for t, acc in tabs.items() if acc is None]
           + ['English tab: ' + t for t in english_tabs]
           + ([] if person else ['no “Aktuelle Person: Ingrid …”'])
           + ([] if menu else ['no “Hauptmenü” button']))

    # The candidate list: column titles, count, search, and the stage cells.
    table = find(app, 'Bewerbungen', role='tree table', timeout=10)
    titles = []
    if table is not None:
        for acc in walk(table):
            if role_of(acc) == 'label':
                parent = acc.get_parent()
                while parent is not None and role_of(parent) not in ('filler', 'tree table'):
                    parent = parent.get_parent()
                if parent is not None and name_of(parent) == 'GtkColumnViewTitle':
                    titles.append(name_of(acc))
    expected = ['Pseudonym', 'Stelle', 'Stufe', 'Phase', 'Blind-Punktzahl', 'Tage in Phase']
    if table is not None and not titles:
        # Older GTK names the header cells differently: look for each title in the table.
        titles = [t for t in expected if find_all(table, t, role='label')]
    report(titles == expected, 'the list columns are titled in German',
           ['columns: %s' % titles, 'expected: %s' % expected])

    search = find(app, 'Bewerbungen durchsuchen', timeout=5)
    stage_cells = {name_of(a) for a in walk(table)} if table is not None else set()
    german_stages = {'Erfasst', 'Vorauswahl', 'Blindbewertung', 'Gremium', 'Angebotsentwurf',
                     'CEO-Prüfung', 'Freigegeben', 'Angenommen'}
    english_stages = {'Sourced', 'Screening', 'Blind review', 'Committee', 'Offer draft',
                      'CEO review', 'Approved', 'Accepted'}
    report(count is not None and search is not None
           and len(stage_cells & german_stages) >= 4 and not stage_cells & english_stages,
           'the list shows “40 Pakete”, “Bewerbungen durchsuchen” and German stages',
           ['German stages seen: %s' % sorted(stage_cells & german_stages),
            'English stages seen: %s' % sorted(stage_cells & english_stages)])

    # The review form: heading, the rubric criteria in German, the score buttons and actions.
    open_tab(app, 'Bewertung')
    heading = find(app, 'Ihre Bewertung von ', role='label', prefix=True, timeout=15)
    criteria = ['Leistung', 'Exzellenz', 'Intelligenz', 'Fachkompetenz', 'Arbeitsethik',
                'Charakter']
    missing = [c for c in criteria
               if find(app, '%s: Punktzahl 4' % c, timeout=3) is None
               or find(app, 'Belege für %s' % c, role='label', timeout=1) is None]
    save = find(app, 'Entwurf speichern', role='push button', timeout=5)
    submit = find(app, 'Bewertung abgeben', role='push button', timeout=5)
    hint = find(app, 'Wählen Sie eine Punktzahl von 1 (schwach) bis 4 (herausragend).',
                role='label', timeout=5)
    report(heading is not None and not missing and save is not None and submit is not None
           and hint is not None,
           'the review form is German: heading, rubric criteria, evidence, buttons',
           (['no “Ihre Bewertung von …” heading'] if heading is None else [])
           + ['criterion not German: ' + c for c in missing]
           + ([] if save else ['no “Entwurf speichern” button'])
           + ([] if submit else ['no “Bewertung abgeben” button']))

    # Saving a draft leaves a German toast.
    button = find(app, 'Leistung: Punktzahl 3', timeout=3)
    saved = button is not None and click(button) and save is not None and click(save)
    toast = find_toast(app, 'Entwurf für ', timeout=10) if saved else None
    report(toast is not None, 'saving a draft shows the German toast “Entwurf für … gespeichert”')

    # The approval pane, as a reviewer who is not the CEO.
    open_tab(app, 'Freigabe')
    status = find(app, 'Die Freigabe ist Sache des CEO', timeout=10)
    approve = find(app, 'Freigeben', role='push button', timeout=3)
    report(status is not None and approve is not None,
           'the approval pane is German: its status and the “Freigeben” button')

    # The main menu.
    items = []
    buttons = [b for b in find_all(app, 'Hauptmenü', role='push button') if b.get_n_actions() > 0]
    if buttons and click(buttons[0]):
        for label in ('Arbeitsbereich öffnen …', 'Tastenkürzel', 'Info zu Merit'):
            items.append((label, find(app, label, role='menu item', timeout=5)))
    report(bool(items) and all(acc is not None for _, acc in items),
           'the main menu is German: Arbeitsbereich öffnen …, Tastenkürzel, Info zu Merit',
           ['missing menu item: ' + label for label, acc in items if acc is None]
           + ([] if items else ['the main menu did not open']))

    # “Tastenkürzel” opens the German shortcuts window, built only now.
    shortcuts = dict(items).get('Tastenkürzel')
    heading = (find(app, 'Tastenkürzel anzeigen', timeout=10)
               if shortcuts is not None and click(shortcuts) else None)
    search = find(app, 'Bewerbungen importieren', timeout=3) if heading is not None else None
    report(heading is not None and search is not None,
           'the menu’s “Tastenkürzel” opens the German shortcuts window',
           ([] if shortcuts else ['no “Tastenkürzel” menu item'])
           + ([] if heading else ['no “Tastenkürzel anzeigen” shortcut listed'])
           + ([] if search else ['no “Bewerbungen importieren” shortcut listed']))
    if shortcuts is None and buttons:
        click(buttons[0])

    left = english_left(app, catalogue)
    report(not left, 'no visible text is an English message that po/de.po translates',
           ['English: ' + text for text in left[:40]])


if __name__ == '__main__':
    sys.exit(main())
