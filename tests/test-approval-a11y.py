#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-approval-a11y.py: the CEO's approval pane, driven through AT-SPI and a desktop notification.
#
# Run under dbus-run-session (and a display): meson does so.  The script plays the desktop's
# notification server (org.freedesktop.Notifications) on the session bus.  Merit, started as
# the CEO on a demo workspace, must announce the waiting packages.  In the approval pane the
# evidence's disagreement flag, the committee vote list and the decision buttons must be
# reachable by accessible name; "Return…" must ask for a reason it cannot be confirmed
# without; "Approve" must write the approval to the package file and withdraw the
# notification.  When the CEO comes back, the packages left are announced again, and clicking
# that notification must open the approval pane.  Emits TAP.

import glob
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

# libatspi warns about races on the bus that are not ours; fatal warnings are for the app.
os.environ.pop('G_DEBUG', None)

import gi  # noqa: E402

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, Gio, GLib  # noqa: E402

MERIT = sys.argv[1] if len(sys.argv) > 1 else os.environ['MERIT']
N = 60
N_TESTS = 10
KEYFILE = None
results = []

NOTIFICATIONS_XML = '''
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  </interface>
</node>
'''


class NotificationServer:
    """A desktop notification server that records what it is asked to show."""

    def __init__(self):
        self.lock = threading.Lock()
        self.shown = {}      # id -> (summary, actions)
        self.closed = []
        self.next_id = 1
        self.connection = None
        self.owned = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        context = GLib.MainContext()
        context.push_thread_default()
        self.connection = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        info = Gio.DBusNodeInfo.new_for_xml(NOTIFICATIONS_XML).interfaces[0]
        self.connection.register_object('/org/freedesktop/Notifications', info, self.on_call,
                                        None, None)
        Gio.bus_own_name_on_connection(self.connection, 'org.freedesktop.Notifications',
                                       Gio.BusNameOwnerFlags.NONE,
                                       lambda *a: self.owned.set(), None)
        loop = GLib.MainLoop(context)
        loop.run()

    def on_call(self, connection, sender, path, interface, method, params, invocation):
        if method == 'GetCapabilities':
            invocation.return_value(GLib.Variant('(as)', (['actions', 'body'],)))
        elif method == 'GetServerInformation':
            invocation.return_value(GLib.Variant('(ssss)', ('test', 'merit', '1', '1.2')))
        elif method == 'Notify':
            app, replaces, icon, summary, body, actions, hints, timeout = params.unpack()
            with self.lock:
                nid = replaces or self.next_id
                self.next_id += 1
                self.shown[nid] = (summary, actions)
            invocation.return_value(GLib.Variant('(u)', (nid,)))
        elif method == 'CloseNotification':
            with self.lock:
                self.closed.append(params.unpack()[0])
                self.shown.pop(params.unpack()[0], None)
            invocation.return_value(None)

    def click(self, nid):
        self.connection.emit_signal(None, '/org/freedesktop/Notifications',
                                    'org.freedesktop.Notifications', 'ActionInvoked',
                                    GLib.Variant('(us)', (nid, 'default')))

    def wait_shown(self, timeout):
        end = time.time() + timeout
        while time.time() < end:
            with self.lock:
                if self.shown:
                    return dict(self.shown)
            time.sleep(0.2)
        return {}

    def wait_closed(self, nid, timeout):
        end = time.time() + timeout
        while time.time() < end:
            with self.lock:
                if nid in self.closed:
                    return True
            time.sleep(0.2)
        return False


def report(ok, what):
    results.append((ok, what))
    print(('ok' if ok else 'not ok') + ' %d - %s' % (len(results), what), flush=True)


def clean(name):
    # GTK 4.8 may prefix a mnemonic label with its raw text ("_Approve Approve").
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


def find(root, name, role=None, match='exact', timeout=5.0):
    end = time.time() + timeout
    while True:
        def pred(acc):
            nm = clean(acc.get_name())
            if match == 'exact' and nm != name:
                return False
            if match == 'prefix' and not nm.startswith(name):
                return False
            if match == 'contains' and name not in nm:
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
        if acc.get_action_name(i) in ('click', 'press', 'activate', 'toggle'):
            return acc.do_action(i)
    return acc.do_action(0)


def sensitive(acc):
    return acc is not None and acc.get_state_set().contains(Atspi.StateType.SENSITIVE)


def package_stage(folder, package_id):
    with open(os.path.join(folder, 'packages', package_id + '.xml'), encoding='utf-8') as f:
        return re.search(r'<package [^>]*stage="([^"]+)"', f.read()).group(1)


def ceo_review_packages(folder):
    found = {}
    for path in glob.glob(os.path.join(folder, 'packages', '*.xml')):
        with open(path, encoding='utf-8') as f:
            m = re.search(r'<package [^>]*pseudonym="([^"]+)" stage="ceo-review"', f.read())
        if m:
            found[m.group(1)] = os.path.basename(path)[:-4]
    return found


def main():
    tmp = tempfile.mkdtemp(prefix='merit-approval-a11y-')
    folder = os.path.join(tmp, 'ws')
    config = os.path.join(tmp, 'config')
    # The demo's private keys and its pinned CEO key go where the window will look for them.
    subprocess.run([MERIT, 'demo', folder, '--candidates', str(N), '--seed', '1'],
                   check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, XDG_CONFIG_HOME=config,
                            XDG_DATA_HOME=os.path.join(tmp, 'data')))
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
    global KEYFILE
    KEYFILE = os.path.join(config, 'glib-2.0', 'settings', 'keyfile')
    with open(KEYFILE, 'w') as f:
        f.write("[org/merit/Merit]\ncurrent-member='dana'\nwindow-width=1280\nwindow-height=800\n")
    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(tmp, 'data'))
    env.pop('GTK_A11Y', None)
    env.pop('G_DEBUG', None)
    print('1..%d' % N_TESTS, flush=True)
    server = NotificationServer()
    if not server.owned.wait(10):
        report(False, 'the test owns org.freedesktop.Notifications')
        return 1
    app_proc = subprocess.Popen([MERIT, '--workspace', folder], env=env)
    try:
        run(folder, server)
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(5)
        except subprocess.TimeoutExpired:
            app_proc.kill()
    return 0 if all(ok for ok, _ in results) and len(results) == N_TESTS else 1


def run(folder, server):
    waiting = ceo_review_packages(folder)
    shown = server.wait_shown(90)
    nid, (summary, actions) = next(iter(shown.items())) if shown else (0, ('', []))
    report(summary == '%d offer packages wait for your approval' % len(waiting)
           and 'default' in actions,
           'the CEO is notified that %d packages wait (got “%s”)' % (len(waiting), summary))

    desktop = Atspi.get_desktop(0)
    app = None
    end = time.time() + 60
    while app is None and time.time() < end:
        for i in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(i)
            if child is not None and child.get_name() == 'merit':
                app = child
        time.sleep(0.2)
    if app is None:
        report(False, 'the Merit window is on the accessibility bus')
        return

    # The CEO opens the approval pane from the view switcher.  (GTK 4.8 sets no SHOWING state,
    # so the switcher's tab tells which pane is up.)
    tab = find(app, 'Approval', role='page tab', timeout=60)
    if tab is None or not click(tab):
        report(False, 'the “Approval” view switcher tab opens the pane')
        return
    queue = find(app, 'Approval queue', timeout=10)
    if queue is None:
        report(False, 'the approval queue is reachable by name')
        return

    votes = find(app, 'Committee votes', timeout=10)
    names = [clean(a.get_name()) for a in find_all(votes, lambda a: a.get_role_name() == 'label')] \
        if votes is not None else []
    report(votes is not None and 'Rafael Ortiz' in names,
           'the “Committee votes” list names each member (%s)' % ', '.join(names[:4]))

    # The candidate detail holds an evidence view too, empty until a package is selected there.
    lists = find_all(app, lambda a: clean(a.get_name()) == 'Blind evidence per criterion'
                     and a.get_child_count() > 0)
    criteria = [clean(a.get_name()) for a in find_all(lists[0], lambda a: a.get_role_name() == 'label')] \
        if lists else []
    report('Merit' in criteria and 'Character' in criteria,
           'the “Blind evidence per criterion” list names each criterion')

    # Walk the queue until a package with a disagreement is shown.
    flag = None
    items = queue.get_child_count()
    for i in range(items):
        queue.select_child(i)
        flag = find(app, ': reviewers disagree, scores from', match='contains', timeout=2)
        if flag is not None:
            break
    label = find(flag, 'Reviewers disagree', role='label', timeout=1) if flag is not None else None
    report(flag is not None and label is not None,
           'the disagreement flag is reachable by name (%s)' % (clean(flag.get_name()) if flag else None))

    approve = find(app, 'Approve', role='push button')
    ret = find(app, 'Return…', role='push button')
    reject = find(app, 'Reject…', role='push button')
    report(sensitive(approve) and sensitive(ret) and sensitive(reject),
           'the CEO is offered Approve, Return… and Reject…')

    confirm = None
    if ret is not None and click(ret):
        confirm = find(app, 'Return Offer', role='push button', timeout=10)
    report(confirm is not None and not sensitive(confirm),
           'the return dialog cannot be confirmed without a reason')
    cancel = find(app, 'Cancel', role='push button', timeout=2)
    if cancel is not None:
        click(cancel)
    time.sleep(0.5)

    # Approve the package on screen: its file must say so, and the notification goes.
    approve = find(app, 'Approve', role='push button')
    if approve is not None:
        click(approve)
    end = time.time() + 10
    approved = []
    while not approved and time.time() < end:
        approved = [p for p, i in waiting.items() if package_stage(folder, i) == 'approved']
        time.sleep(0.2)
    report(len(approved) == 1 and len(ceo_review_packages(folder)) == len(waiting) - 1,
           'pressing “Approve” approves %s on disk' % ', '.join(approved))
    report(server.wait_closed(nid, 10), 'the notification is withdrawn once the CEO decides')

    # Someone else takes the desktop, then the CEO again: the packages still waiting are
    # announced anew, and clicking the notification brings the approval pane forward.
    with open(KEYFILE, 'w') as f:
        f.write("[org/merit/Merit]\ncurrent-member='rafael'\n")
    time.sleep(2)
    with open(KEYFILE, 'w') as f:
        f.write("[org/merit/Merit]\ncurrent-member='dana'\n")
    shown = server.wait_shown(20)
    nid2, (summary, actions) = next(iter(shown.items())) if shown else (0, ('', []))
    report(nid2 != nid and summary == '%d offer packages wait for your approval' % (len(waiting) - 1),
           'the CEO is notified again of the %d packages left (got “%s”)' % (len(waiting) - 1, summary))
    candidates = find(app, 'Candidates', role='page tab')
    if candidates is not None:
        click(candidates)
    end = time.time() + 10
    while tab.get_state_set().contains(Atspi.StateType.SELECTED) and time.time() < end:
        time.sleep(0.2)
    before = tab.get_state_set().contains(Atspi.StateType.SELECTED)
    server.click(nid2)
    end = time.time() + 20
    while not tab.get_state_set().contains(Atspi.StateType.SELECTED) and time.time() < end:
        time.sleep(0.2)
    report(not before and tab.get_state_set().contains(Atspi.StateType.SELECTED),
           'clicking the notification opens the approval pane')


if __name__ == '__main__':
    sys.exit(main())
