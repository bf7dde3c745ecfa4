/**
 * The Local Offer (SEND Regulations 2014 regs 53 to 57 and schedule 2): a public directory of services for children
 * and young people with SEND and their families, held in the shape of Open Referral UK 3.0 (organisations, services,
 * locations, contacts, schedules, taxonomy terms), with co-produced pathways and families' comments (reg 56).
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.localoffer.Directory} (public search and
 * service pages), {@link uk.send.platform.localoffer.DirectoryEditing} (organisations' editors propose changes, the
 * Local Area approves them, every published version is kept), {@link uk.send.platform.localoffer.DirectoryLoading}
 * (seeding: the demo and the ORUK import), {@link uk.send.platform.localoffer.Comments} and
 * {@link uk.send.platform.localoffer.Pathways}. Public pages live under {@code /local-offer}, editors' pages under
 * {@code /local-offer/manage}, the Open Referral UK API under {@code /api/oruk}.
 */
package uk.send.platform.localoffer;
