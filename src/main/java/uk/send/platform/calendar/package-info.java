/**
 * The statutory clock: bank holidays, working days and the named, effective-dated time limits
 * of the SEND Regulations 2014 and related law that every deadline in the platform comes from.
 *
 * <p>Pure Java on purpose (no Spring, no network): the rules must be testable alone and usable
 * from any module. Date conventions are in docs/decisions/0002 to 0007.
 */
package uk.send.platform.calendar;
