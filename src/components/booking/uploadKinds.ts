/** What the file pickers offer. The server decides by content, not by these. */
export const scriptAccept =
  '.pdf,.doc,.docx,.odt,.rtf,.txt,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,application/rtf,text/plain'
/** English hint, for the booking form until it reads `bookings.upload.scriptHint` from the catalogue. */
export const scriptHint = 'PDF, Word (DOCX/DOC), ODT, RTF or plain text.'

export const deliverableAccept = '.wav,.mp3,.aif,.aiff,.flac,.ogg,.m4a,audio/*'
