/**
 * The shared kernel every capability may use without depending on another's: the Local Area this deployment
 * serves ({@link uk.send.platform.kernel.LocalArea}), the three refusals a request can meet (bad input, a conflicting
 * change, an unknown record) and the paged list shape. No module's tables, no pages: the UI lives in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.send.platform.kernel;
