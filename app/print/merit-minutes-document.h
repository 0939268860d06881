/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-minutes-document.h: the minutes of a committee meeting, as PDF. */

#pragma once

#include <glib.h>

#include "merit-meeting.h"

G_BEGIN_DECLS

char     *merit_minutes_dup_text  (MeritMeeting  *meeting);
gboolean  merit_minutes_write_pdf (MeritMeeting  *meeting,
                                   const char    *path,
                                   GError       **error);

G_END_DECLS
