/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-identity.h: contact details of a candidate, hidden during blind review */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_IDENTITY (merit_identity_get_type ())

G_DECLARE_FINAL_TYPE (MeritIdentity, merit_identity, MERIT, IDENTITY, GObject)

MeritIdentity      *merit_identity_new          (void);
const char         *merit_identity_get_name     (MeritIdentity *self);
void                merit_identity_set_name     (MeritIdentity *self,
                                                 const char    *name);
const char         *merit_identity_get_email    (MeritIdentity *self);
void                merit_identity_set_email    (MeritIdentity *self,
                                                 const char    *email);
const char         *merit_identity_get_phone    (MeritIdentity *self);
void                merit_identity_set_phone    (MeritIdentity *self,
                                                 const char    *phone);
const char         *merit_identity_get_location (MeritIdentity *self);
void                merit_identity_set_location (MeritIdentity *self,
                                                 const char    *location);
const char         *merit_identity_get_url      (MeritIdentity *self);
void                merit_identity_set_url      (MeritIdentity *self,
                                                 const char    *url);
const char         *merit_identity_get_photo    (MeritIdentity *self);
void                merit_identity_set_photo    (MeritIdentity *self,
                                                 const char    *photo);
const char * const *merit_identity_get_links    (MeritIdentity *self);
void                merit_identity_set_links    (MeritIdentity      *self,
                                                 const char * const *links);

G_END_DECLS
