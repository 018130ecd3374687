export { ComplaintsService, type ComplaintLink, type ComplaintAnswerRow, type ConversionSettings } from './service.ts';
export { complaintProblems } from './errors.ts';
export { ANSWER_TYPES, COMPLAINT_PRIORITIES, type AnswerType, type ComplaintPriority, type ComplaintStatus } from './schema.ts';
