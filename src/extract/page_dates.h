// Publication dates as pages write them: ISO 8601 and RFC 822 timestamps from metadata,
// dates in URLs (/2019/03/05/, -20190305-), and visible date text in several languages
// ("March 5, 2019", "5. März 2019", "05.03.2019", "5 de marzo de 2019").
// A bare year is never a date here, so a copyright line cannot become one.
#pragma once

#include <string>
#include <string_view>

namespace entente {

// "YYYY-MM-DD" of a metadata timestamp ("2019-03-05T10:00:00+01:00",
// "Tue, 05 Mar 2019 10:00:00 GMT", "2019/03/05", "March 5, 2019"), or "".
std::string NormalizeDate(std::string_view s);

// "YYYY-MM-DD" from a URL path (/2019/03/05/, /2019-03-05-, /20190305/), or "".
// `month_only` receives "YYYY-MM" for /2019/03/ paths without a day.
std::string DateFromUrl(std::string_view url, std::string* month_only = nullptr);

// The first day-precision date written in a short text ("Posted on March 5, 2019 by",
// "05.03.2019 | 10:15", "Updated 2019-03-05"), or "". `pos` receives its byte offset.
std::string FindTextDate(std::string_view text, size_t* pos = nullptr);

// True when `iso` (YYYY-MM-DD) is a plausible publication date: 1995..`latest`
// (`latest` is an ISO date, e.g. the crawl date; "" = no bound).
bool PlausibleDate(std::string_view iso, std::string_view latest);

}  // namespace entente
