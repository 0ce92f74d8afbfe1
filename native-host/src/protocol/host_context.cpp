#include "protocol/host_context.hpp"

#include <cstdlib>

namespace beian::protocol {

CivilDate HostContext::today() const {
    // Tests pin "today" so date rules give the same findings every day.
    if (const char* fixed = std::getenv("BEIAN_ASSIST_TODAY"))
        if (const auto date = CivilDate::parse(fixed)) return *date;
    return today_utc();
}

}  // namespace beian::protocol
