/** Staff accounts (operators and board members): creation from the command line, and password login for the staff pages. */
package org.hearth.web.staff;
