package io.pytopus.pet.care;

import io.pytopus.system.ProblemException;
import org.springframework.http.HttpStatus;

/** An action request that names a wrong or missing item: a client mistake, answered with a 400. */
class InvalidActionException extends ProblemException {

    InvalidActionException(String detail) {
        super(HttpStatus.BAD_REQUEST, "INVALID_ACTION", detail);
    }
}
