/**
 * Building blocks every module may use: keyset pages and cursors, the auditable-event
 * contract and the exceptions that the web layer turns into problem responses.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.rapport.shared;
