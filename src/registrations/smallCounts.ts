/**
 * Counts from 1 to 4 are "small cells": in a report for a council they could point to a person, so
 * reports mark them and figures across networks leave them out.
 */
export const SMALL_COUNT_LIMIT = 5

export const isSmallCount = (count: number) => count > 0 && count < SMALL_COUNT_LIMIT
