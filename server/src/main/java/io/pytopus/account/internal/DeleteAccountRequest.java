package io.pytopus.account.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The account's password, confirming that its owner (not a borrowed session) deletes it. */
record DeleteAccountRequest(@NotNull @Size(max = 1024) String password) {}
