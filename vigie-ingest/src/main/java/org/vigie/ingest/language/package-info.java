/** Language identification with Lingua ({@link org.vigie.ingest.language.LanguageStage}). */
package org.vigie.ingest.language;
