const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const day = '(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?';

/** A calendar date in words or digits: 3 March 2015, the 3rd of March 2015, March 3rd, 2015, 03/03/2015, 2015-03-03. */
export const datePattern = `(?:${day}\\s+${month}\\.?,?\\s+\\d{4}|${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
