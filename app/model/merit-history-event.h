/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-history-event.h: one immutable, hash-chained entry of a candidate's history */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_HISTORY_EVENT (merit_history_event_get_type ())

G_DECLARE_FINAL_TYPE (MeritHistoryEvent, merit_history_event, MERIT, HISTORY_EVENT, GObject)

MeritHistoryEvent *merit_history_event_new            (guint       seq,
                                                       const char *time,
                                                       const char *actor,
                                                       const char *action,
                                                       const char *from_stage,
                                                       const char *to_stage,
                                                       const char *detail,
                                                       const char *prev,
                                                       const char *hash);
guint              merit_history_event_get_seq        (MeritHistoryEvent *self);
const char        *merit_history_event_get_time       (MeritHistoryEvent *self);
const char        *merit_history_event_get_actor      (MeritHistoryEvent *self);
const char        *merit_history_event_get_action     (MeritHistoryEvent *self);
const char        *merit_history_event_get_from_stage (MeritHistoryEvent *self);
const char        *merit_history_event_get_to_stage   (MeritHistoryEvent *self);
const char        *merit_history_event_get_detail     (MeritHistoryEvent *self);
const char        *merit_history_event_get_prev       (MeritHistoryEvent *self);
const char        *merit_history_event_get_hash       (MeritHistoryEvent *self);
char              *merit_history_event_compute_hash   (MeritHistoryEvent *self);
gboolean           merit_history_event_verify         (MeritHistoryEvent *self);
const char        *merit_history_event_get_key_id     (MeritHistoryEvent *self);
const char        *merit_history_event_get_signature  (MeritHistoryEvent *self);
void               merit_history_event_set_signature  (MeritHistoryEvent *self,
                                                       const char        *key_id,
                                                       const char        *signature);
gboolean           merit_history_event_get_is_new     (MeritHistoryEvent *self);
void               merit_history_event_mark_new       (MeritHistoryEvent *self);

G_END_DECLS
