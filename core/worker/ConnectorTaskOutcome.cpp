// ConnectorTaskHandler: how an operation's result or a failed Dropbox call is told to ConductorOne.

#include "base/Error.h"
#include "provision/Operation.h"
#include "worker/ConnectorTaskHandler.h"
#include "worker/ConnectorTaskParts.h"

namespace dbx {

using c1::TaskCode;
using c1::TaskContext;
using c1::TaskOutcome;
using namespace tasks;

TaskOutcome ConnectorTaskHandler::outcomeOf(const OperationResult &result)
{
    switch (result.outcome) {
    case Outcome::Success: return TaskOutcome::done();
    case Outcome::NoChange: return TaskOutcome::alreadyDone(result.message);
    case Outcome::Cancelled: return TaskOutcome::cancelled(result.message);
    case Outcome::Unknown:
        // Neither done nor failed: the reply was lost and could not be read back. A retry is safe,
        // since every write task checks Dropbox's live state before it sends anything.
        return TaskOutcome::failed(result.message, true, TaskCode::Unknown);
    case Outcome::Invalid: {
        // Not sent: an unknown member, group or role, or contradictory options.
        const bool unknown = !result.operation.user.isEmpty() && result.teamMemberId.isEmpty();
        return TaskOutcome::failed(result.message, false, unknown ? TaskCode::NotFound : TaskCode::InvalidArgument);
    }
    case Outcome::Failed: break;
    }
    if (!result.error.isError()) {
        // Refused before any call: provisioning off, or the connector could not get ready.
        if (result.tag == QLatin1String("provisioning_disabled"))
            return TaskOutcome::failed(result.message, false, TaskCode::FailedPrecondition);
        return TaskOutcome::failed(result.message, true, TaskCode::Unavailable);
    }
    return outcomeOf(result.error, result.message);
}

TaskOutcome ConnectorTaskHandler::outcomeOf(const Error &error, const QString &message)
{
    QString text = message.isEmpty() ? error.message() : message;
    using Kind = Error::Kind;
    switch (error.kind) {
    case Kind::RateLimited: return TaskOutcome::failed(text, true, TaskCode::ResourceExhausted);
    case Kind::Server:
    case Kind::Network: return TaskOutcome::failed(text, true, TaskCode::Unavailable);
    case Kind::Timeout: return TaskOutcome::failed(text, true, TaskCode::DeadlineExceeded);
    case Kind::Malformed: return TaskOutcome::failed(text, true, TaskCode::Internal);
    case Kind::Cancelled: return TaskOutcome::cancelled(text);
    case Kind::Unauthorized:
        if (error.tag == QLatin1String("missing_scope"))
            return TaskOutcome::failed(text, false, TaskCode::PermissionDenied);
        [[fallthrough]];
    case Kind::TokenRefresh:
        if (!error.needsReauthorization())
            return TaskOutcome::failed(text, true, TaskCode::Unavailable);
        if (!text.contains(QLatin1String("authoriz"), Qt::CaseInsensitive))
            text += QLatin1Char(' ') + tr("Authorize the Dropbox connection again (a new refresh token).");
        return TaskOutcome::failed(text, false, TaskCode::Unauthenticated);
    case Kind::Forbidden: return TaskOutcome::failed(text, false, TaskCode::PermissionDenied);
    case Kind::BadRequest:
    case Kind::Invalid: return TaskOutcome::failed(text, false, TaskCode::InvalidArgument);
    case Kind::NotFound: return TaskOutcome::failed(text, false, TaskCode::NotFound);
    case Kind::Refused: return TaskOutcome::failed(text, false, TaskCode::PermissionDenied);
    case Kind::Io:
    case Kind::Database: return TaskOutcome::failed(text, true, TaskCode::Unavailable);
    case Kind::Internal: return TaskOutcome::failed(text, false, TaskCode::Internal);
    case Kind::Endpoint:
        return TaskOutcome::failed(text, false,
                                   error.tag.endsWith(QLatin1String("not_found")) ? TaskCode::NotFound
                                                                                  : TaskCode::FailedPrecondition);
    case Kind::None: break;
    }
    return TaskOutcome::failed(text, false, TaskCode::Unknown);
}

} // namespace dbx
