#pragma once

#include <QtGlobal>

namespace lk {

// One NTP-style exchange with a node, all in microseconds since the epoch:
// t0 this host sent the request, t1 the node received it, t2 the node sent
// its answer, t3 this host received it. t0/t3 are this host's clock, t1/t2
// the node's.
struct TimeSample {
    qint64 t0Us = 0;
    qint64 t1Us = 0;
    qint64 t2Us = 0;
    qint64 t3Us = 0;

    // Node clock minus this host's clock, assuming the request and the answer
    // took equally long on the wire; an asymmetric path errs by at most half
    // the delay.
    qint64 offsetUs() const { return ((t1Us - t0Us) + (t2Us - t3Us)) / 2; }
    // Time on the wire: the round trip minus the node's own processing time.
    qint64 delayUs() const { return (t3Us - t0Us) - (t2Us - t1Us); }
    // A sample whose clocks ran backwards (a node answering before it
    // received, a round trip below zero) says nothing about the offset.
    bool isValid() const { return t3Us >= t0Us && t2Us >= t1Us && delayUs() >= 0; }
};

} // namespace lk
