#pragma once
// Logging category of the credential code. Never log a secret, a token or an authorization code:
// log what happened and to which endpoint, not with what.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)
