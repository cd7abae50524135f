package io.pytopus.system.web;

import java.io.IOException;

/** Raised while reading a body that turns out larger than the limit (a chunked upload). */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
