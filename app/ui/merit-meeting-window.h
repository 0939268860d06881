/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-meeting-window.h: committee meeting mode, one package at a time, blind. */

#pragma once

#include <adwaita.h>

#include "merit-meeting.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_MEETING_WINDOW (merit_meeting_window_get_type ())

G_DECLARE_FINAL_TYPE (MeritMeetingWindow, merit_meeting_window, MERIT, MEETING_WINDOW, AdwWindow)

MeritMeetingWindow *merit_meeting_window_new         (GtkApplication       *application,
                                                      MeritWorkspaceStore  *store,
                                                      const char           *chair);
gboolean            merit_meeting_window_start       (MeritMeetingWindow   *self,
                                                      const char           *role,
                                                      const char * const   *packages,
                                                      const char * const   *present,
                                                      GError              **error);
MeritMeeting       *merit_meeting_window_get_meeting (MeritMeetingWindow   *self);
const char         *merit_meeting_window_get_current (MeritMeetingWindow   *self);

G_END_DECLS
