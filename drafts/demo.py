"""Demo consultation for ``load_demo``: the 57 drafts posted in the first nine months of 2021 (the seed report's
figure, with their comments, dated in their windows) and one after them, plus drafts in every state dated around
today (so the home page and /du-thao/ have one open for comment now) with comments in every moderation state.

Idempotent: a draft is keyed by its title and created only when missing. Deterministic: the 2021 comments are drawn
from seeded generators (only their tracking codes are random).
"""

import datetime
import io
import random
import zipfile
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from documents.demo import _reference_tables
from documents.files import make_pdf
from portal.models import Department
from portal.text import ascii_slug

from .models import Comment, DraftDocument, DraftFile
from .text import extract_file_text

DEPARTMENTS = [
    ("so-tai-nguyen-va-moi-truong", "Sở Tài nguyên và Môi trường"),
    ("so-giao-duc-va-dao-tao", "Sở Giáo dục và Đào tạo"),
    ("so-ke-hoach-va-dau-tu", "Sở Kế hoạch và Đầu tư"),
    ("so-giao-thong-van-tai", "Sở Giao thông vận tải"),
    ("so-y-te", "Sở Y tế"),
]

# title, type, department slug, opens (days from today), length in days, outcome?, questions, summary
DRAFTS = [
    (
        "Quyết định ban hành quy định bảng giá đất giai đoạn 2025–2029 trên địa bàn tỉnh",
        "Quyết định",
        "so-tai-nguyen-va-moi-truong",
        -18,
        30,
        False,
        ["Mức giá đất ở tại các phường trung tâm có phù hợp với giá thị trường?", "Cách phân vùng giá đất nông nghiệp"],
        "Dự thảo quy định bảng giá các loại đất áp dụng từ năm 2025 đến năm 2029, thay thế bảng giá giai đoạn "
        "2020–2024, phục vụ tính tiền sử dụng đất, thuế và bồi thường khi Nhà nước thu hồi đất.",
    ),
    (
        "Nghị quyết quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2025–2026",
        "Nghị quyết",
        "so-giao-duc-va-dao-tao",
        -25,
        30,
        False,
        ["Mức học phí mầm non, phổ thông ở vùng nông thôn", "Đối tượng được miễn, giảm học phí"],
        "Dự thảo Nghị quyết của Hội đồng nhân dân tỉnh quy định mức thu học phí đối với các cơ sở giáo dục mầm non, "
        "giáo dục phổ thông công lập trên địa bàn tỉnh năm học 2025–2026.",
    ),
    (
        "Quyết định quy định tiêu chí lựa chọn nhà đầu tư dự án khu đô thị",
        "Quyết định",
        "so-ke-hoach-va-dau-tu",
        -3,
        20,
        False,
        ["Tiêu chí năng lực tài chính của nhà đầu tư", "Yêu cầu về kinh nghiệm thực hiện dự án tương tự"],
        "Dự thảo quy định các tiêu chí lựa chọn nhà đầu tư thực hiện dự án đầu tư xây dựng khu đô thị, khu dân cư "
        "có sử dụng đất trên địa bàn tỉnh.",
    ),
    (
        "Kế hoạch phát triển giao thông nông thôn giai đoạn 2026–2030",
        "Kế hoạch",
        "so-giao-thong-van-tai",
        10,
        30,
        False,
        ["Thứ tự ưu tiên cứng hóa đường trục xã", "Cơ chế huy động nhân dân đóng góp"],
        "Dự thảo kế hoạch cứng hóa, nâng cấp đường giao thông nông thôn, đường trục xã, liên xã và cầu dân sinh "
        "giai đoạn 2026–2030.",
    ),
    (
        "Quyết định quy định chức năng, nhiệm vụ của Trung tâm Kiểm soát bệnh tật tỉnh",
        "Quyết định",
        "so-y-te",
        30,
        30,
        False,
        ["Phân định nhiệm vụ giữa Trung tâm và trạm y tế cấp xã"],
        "Dự thảo quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Kiểm soát bệnh tật "
        "tỉnh.",
    ),
    (
        "Nghị quyết quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo",
        "Nghị quyết",
        "so-ke-hoach-va-dau-tu",
        -75,
        30,
        True,
        ["Mức hỗ trợ thuê mặt bằng, tư vấn", "Điều kiện doanh nghiệp được hỗ trợ"],
        "Dự thảo Nghị quyết quy định nội dung, mức hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo, tham gia "
        "cụm liên kết ngành, chuỗi giá trị trên địa bàn tỉnh.",
    ),
    (
        "Quyết định quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh",
        "Quyết định",
        "so-tai-nguyen-va-moi-truong",
        -60,
        30,
        False,
        ["Trách nhiệm phân loại rác tại nguồn của hộ gia đình", "Mức thu giá dịch vụ thu gom"],
        "Dự thảo quy định việc phân loại, thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt; trách nhiệm của cơ "
        "quan, tổ chức, hộ gia đình, cá nhân.",
    ),
    (
        "Quyết định ban hành quy chế tuyển sinh lớp 10 trung học phổ thông",
        "Quyết định",
        "so-giao-duc-va-dao-tao",
        -120,
        20,
        True,
        ["Số môn thi và hệ số điểm", "Chế độ ưu tiên, khuyến khích"],
        "Dự thảo quy chế tuyển sinh vào lớp 10 các trường trung học phổ thông công lập, trong đó có trường chuyên, "
        "trường phổ thông dân tộc nội trú.",
    ),
    (
        "Quyết định quy định mức chi hỗ trợ người có công với cách mạng nhân dịp Tết",
        "Quyết định",
        "so-ke-hoach-va-dau-tu",
        -200,
        30,
        True,
        ["Mức quà tặng của tỉnh theo từng nhóm đối tượng"],
        "Dự thảo quy định mức quà tặng của tỉnh đối với người có công với cách mạng và thân nhân nhân dịp Tết "
        "Nguyên đán.",
    ),
]

COMMENTS = [
    (
        "Nguyễn Văn Hùng",
        "",
        "Điều 3",
        "Đề nghị cơ quan soạn thảo công bố rõ căn cứ xác định giá tại từng tuyến đường, để người dân so sánh với "
        "giá giao dịch thực tế.",
        Comment.State.PUBLISHED,
        "Tiếp thu: bổ sung phụ lục thuyết minh phương pháp định giá từng tuyến đường.",
    ),
    (
        "",
        "",
        "",
        "Tôi đồng ý với dự thảo, nhưng đề nghị có lộ trình điều chỉnh để tránh tăng đột ngột gánh nặng tài chính "
        "của hộ gia đình.",
        Comment.State.PUBLISHED,
        "",
    ),
    (
        "Trần Thị Mai",
        "Hiệp hội Doanh nghiệp tỉnh",
        "Điều 5, khoản 2",
        "Thủ tục hồ sơ còn phức tạp; đề nghị cho phép nộp hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công.",
        Comment.State.PENDING,
        "",
    ),
    ("Khách", "", "", "Mua bán đất giá rẻ, liên hệ ngay!!!", Comment.State.REJECTED, ""),
    (
        "Lê Minh Tuấn",
        "",
        "Điều 2",
        "Phạm vi điều chỉnh cần nêu rõ có áp dụng cho khu vực đã có quy hoạch chi tiết được duyệt hay không.",
        Comment.State.PUBLISHED,
        "Giải trình: quy định áp dụng cho toàn tỉnh, kể cả khu vực đã có quy hoạch chi tiết.",
    ),
]


# The 57 drafts of the seed report's first nine months of 2021, posted with the departments and district committees
# (title, type, drafting body, summary, questions). They open one after another from January to September 2021, in
# this order, for 30 days (20 where ``SHORT_2021`` gives the reason); most were concluded with a report.
DRAFTS_2021 = [
    (
        "Quyết định ban hành Quy định quản lý, vận hành và khai thác hệ thống camera giám sát trật tự công cộng",
        "Quyết định",
        "ca",
        "Dự thảo quy định việc lắp đặt, quản lý, vận hành và chia sẻ dữ liệu hệ thống camera giám sát trật tự công "
        "cộng, trật tự an toàn giao thông tại các tuyến phố, nút giao và khu du lịch của tỉnh.",
        ["Vị trí ưu tiên lắp đặt camera tại khu dân cư", "Bảo vệ thông tin cá nhân trong dữ liệu hình ảnh"],
    ),
    (
        "Nghị quyết quy định mức chi bảo đảm cho công tác cải cách hành chính nhà nước trên địa bàn tỉnh",
        "Nghị quyết",
        "noivu",
        "Dự thảo quy định nội dung, mức chi cho kiểm soát thủ tục hành chính, đo lường sự hài lòng của người dân, "
        "tổ chức và đánh giá chỉ số cải cách hành chính của các sở, ngành, địa phương.",
        ["Mức chi khảo sát sự hài lòng của người dân", "Phân bổ kinh phí cho cấp xã"],
    ),
    (
        "Quyết định quy định hệ số điều chỉnh giá đất năm 2021 trên địa bàn tỉnh",
        "Quyết định",
        "tc",
        "Dự thảo quy định hệ số điều chỉnh giá đất áp dụng trong năm 2021 để xác định giá đất cụ thể tính tiền sử "
        "dụng đất, tiền thuê đất theo quy định của pháp luật về đất đai.",
        ["Hệ số tại các phường trung tâm thành phố Ninh Bình", "Hệ số đối với đất thương mại, dịch vụ"],
    ),
    (
        "Quyết định ban hành Quy chế phối hợp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh",
        "Quyết định",
        "yte",
        "Dự thảo quy định trách nhiệm phối hợp giữa ngành y tế, nông nghiệp, công thương và Ủy ban nhân dân các cấp "
        "trong quản lý an toàn thực phẩm, kiểm tra và xử lý vi phạm.",
        ["Phân công quản lý bếp ăn tập thể", "Chia sẻ kết quả kiểm tra giữa các ngành"],
    ),
    (
        "Nghị quyết quy định chế độ dinh dưỡng đối với huấn luyện viên, vận động viên thể thao thành tích cao",
        "Nghị quyết",
        "vhtt",
        "Dự thảo quy định mức chi chế độ dinh dưỡng đối với huấn luyện viên, vận động viên của tỉnh trong thời gian "
        "tập trung tập luyện và thi đấu.",
        ["Mức dinh dưỡng cho vận động viên đội tuyển trẻ, năng khiếu"],
    ),
    (
        "Quyết định ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh",
        "Quyết định",
        "noivu",
        "Dự thảo quy định đối tượng, nguyên tắc tổ chức phong trào thi đua; danh hiệu thi đua, hình thức, thẩm quyền "
        "và thủ tục đề nghị khen thưởng thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh.",
        ["Khen thưởng người lao động trực tiếp", "Rút ngắn thủ tục khen thưởng đột xuất"],
    ),
    (
        "Quyết định quy định giá dịch vụ sử dụng đò, phà trên các tuyến sông thuộc địa bàn tỉnh",
        "Quyết định",
        "gtvt",
        "Dự thảo quy định mức giá tối đa dịch vụ qua đò, qua phà đối với người đi bộ, xe đạp, xe máy, ô tô và hàng "
        "hóa tại các bến đò, bến phà do tỉnh quản lý.",
        ["Miễn tiền đò cho học sinh đi học", "Mức giá đối với xe máy chở hàng"],
    ),
    (
        "Quyết định ban hành đơn giá bồi thường nhà, công trình xây dựng khi Nhà nước thu hồi đất",
        "Quyết định",
        "xd",
        "Dự thảo quy định đơn giá xây dựng mới nhà ở, nhà tạm, vật kiến trúc làm căn cứ tính bồi thường, hỗ trợ khi "
        "Nhà nước thu hồi đất trên địa bàn tỉnh.",
        ["Đơn giá đối với nhà xây dựng trước năm 1990", "Cách xác định tỷ lệ chất lượng còn lại của công trình"],
    ),
    (
        "Nghị quyết quy định chức danh, mức phụ cấp người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
        "Nghị quyết",
        "noivu",
        "Dự thảo quy định số lượng, chức danh và mức phụ cấp hằng tháng đối với người hoạt động không chuyên trách ở "
        "xã, phường, thị trấn, ở thôn, tổ dân phố.",
        ["Việc kiêm nhiệm chức danh ở thôn, tổ dân phố", "Mức phụ cấp của trưởng thôn"],
    ),
    (
        "Quyết định ban hành Quy chế bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước tỉnh",
        "Quyết định",
        "tttt",
        "Dự thảo quy định các biện pháp bảo đảm an toàn thông tin mạng, trách nhiệm của cơ quan, đơn vị và cán bộ, "
        "công chức trong quản lý, vận hành hệ thống thông tin.",
        ["Phân loại cấp độ an toàn hệ thống thông tin", "Trách nhiệm của người đứng đầu khi xảy ra sự cố"],
    ),
    (
        "Quyết định quy định mật độ chăn nuôi và khu vực không được phép chăn nuôi trên địa bàn tỉnh",
        "Quyết định",
        "nnptnt",
        "Dự thảo xác định mật độ chăn nuôi của từng huyện, thành phố đến năm 2025, khu vực nội thành, khu dân cư "
        "không được phép chăn nuôi và chính sách hỗ trợ di dời cơ sở chăn nuôi.",
        ["Thời hạn di dời cơ sở chăn nuôi trong khu dân cư", "Mức hỗ trợ di dời"],
    ),
    (
        "Quyết định ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng Thông tin điện tử tỉnh",
        "Quyết định",
        "vpub",
        "Dự thảo quy định việc cung cấp, biên tập, đăng tải thông tin trên Cổng Thông tin điện tử tỉnh; trách nhiệm "
        "của các sở, ban, ngành, Ủy ban nhân dân cấp huyện trong cung cấp thông tin và trả lời câu hỏi của người dân.",
        ["Thời hạn cung cấp thông tin của các cơ quan", "Quy trình tiếp nhận, trả lời câu hỏi của người dân"],
    ),
    (
        "Nghị quyết quy định chính sách hỗ trợ sản xuất nông nghiệp hàng hóa tập trung giai đoạn 2021–2025",
        "Nghị quyết",
        "nnptnt",
        "Dự thảo quy định hỗ trợ xây dựng vùng sản xuất lúa chất lượng cao, rau an toàn, cây dược liệu; hỗ trợ cơ "
        "giới hóa, liên kết sản xuất và tiêu thụ nông sản.",
        ["Quy mô diện tích tối thiểu được hỗ trợ", "Điều kiện của hợp đồng liên kết tiêu thụ"],
    ),
    (
        "Quyết định ban hành Quy định quản lý hoạt động quảng cáo ngoài trời trên địa bàn tỉnh",
        "Quyết định",
        "vhtt",
        "Dự thảo quy định vị trí, kích thước biển quảng cáo, băng rôn ngoài trời; trách nhiệm quản lý của các sở, "
        "ngành và Ủy ban nhân dân cấp huyện.",
        ["Khu vực không được đặt biển quảng cáo tấm lớn", "Thời hạn treo băng rôn"],
    ),
    (
        "Quyết định quy định về quản lý trật tự xây dựng trên địa bàn tỉnh",
        "Quyết định",
        "xd",
        "Dự thảo phân công trách nhiệm kiểm tra, phát hiện và xử lý vi phạm trật tự xây dựng; trách nhiệm của Chủ tịch "
        "Ủy ban nhân dân cấp xã khi để xảy ra công trình không phép, sai phép.",
        ["Trách nhiệm của cấp xã đối với công trình không phép", "Công khai giấy phép xây dựng tại công trình"],
    ),
    (
        "Nghị quyết quy định mức trợ giúp xã hội đối với đối tượng bảo trợ xã hội trên địa bàn tỉnh",
        "Nghị quyết",
        "ldtbxh",
        "Dự thảo quy định mức chuẩn trợ giúp xã hội và các đối tượng được hưởng chính sách trợ giúp xã hội đặc thù "
        "của tỉnh ngoài các đối tượng theo quy định của Chính phủ.",
        ["Bổ sung đối tượng trẻ em mồ côi", "Mức trợ giúp đối với người cao tuổi cô đơn"],
    ),
    (
        "Quyết định ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh",
        "Quyết định",
        "tp",
        "Dự thảo quy định nội dung, hình thức và trách nhiệm phối hợp phổ biến, giáo dục pháp luật, nhất là các văn "
        "bản mới liên quan trực tiếp đến người dân, doanh nghiệp.",
        ["Phổ biến pháp luật qua mạng xã hội", "Vai trò của báo cáo viên pháp luật cấp xã"],
    ),
    (
        "Quyết định ban hành Quy định về tổ chức và hoạt động của thôn, tổ dân phố",
        "Quyết định",
        "noivu",
        "Dự thảo quy định tiêu chí thành lập, sáp nhập thôn, tổ dân phố; quy trình bầu, miễn nhiệm trưởng thôn, tổ "
        "trưởng tổ dân phố và nội dung hoạt động tự quản của cộng đồng dân cư.",
        ["Số hộ tối thiểu của thôn ở vùng đồng bằng, vùng núi", "Thời gian tổ chức bầu trưởng thôn"],
    ),
    (
        "Nghị quyết quy định chính sách khuyến khích phát triển hợp tác xã nông nghiệp giai đoạn 2021–2025",
        "Nghị quyết",
        "nnptnt",
        "Dự thảo quy định hỗ trợ thành lập mới, củng cố hợp tác xã nông nghiệp; hỗ trợ đưa cán bộ trẻ có trình độ "
        "về làm việc tại hợp tác xã.",
        ["Mức hỗ trợ lương cho cán bộ trẻ về hợp tác xã"],
    ),
    (
        "Quyết định ban hành Quy định quản lý, khai thác và bảo trì hệ thống đường tỉnh",
        "Quyết định",
        "gtvt",
        "Dự thảo quy định việc quản lý, bảo trì và bảo vệ kết cấu hạ tầng các tuyến đường tỉnh; cấp phép thi công "
        "công trình thiết yếu và đấu nối vào đường tỉnh.",
        ["Điều kiện đấu nối đường nhánh vào đường tỉnh", "Trách nhiệm phát hiện, báo cáo hư hỏng mặt đường"],
    ),
    (
        "Quyết định ban hành Quy chế quản lý, sử dụng nhà văn hóa thôn, tổ dân phố",
        "Quyết định",
        "vhtt",
        "Dự thảo quy định việc quản lý, sử dụng nhà văn hóa, khu thể thao thôn, tổ dân phố; nguồn kinh phí duy trì "
        "hoạt động và trách nhiệm của ban quản lý nhà văn hóa.",
        ["Sử dụng nhà văn hóa cho việc cưới, việc tang"],
    ),
    (
        "Nghị quyết quy định nguyên tắc, tiêu chí phân bổ vốn ngân sách địa phương giai đoạn 2021–2025",
        "Nghị quyết",
        "khdt",
        "Dự thảo quy định nguyên tắc, tiêu chí, định mức phân bổ vốn đầu tư phát triển nguồn ngân sách địa phương "
        "cho các huyện, thành phố và các ngành trong kế hoạch trung hạn 5 năm.",
        ["Tỷ lệ vốn phân cấp cho cấp huyện", "Tiêu chí ưu tiên đối với huyện miền núi Nho Quan"],
    ),
    (
        "Quyết định ban hành Quy định về quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh",
        "Quyết định",
        "khcn",
        "Dự thảo quy định việc đề xuất, tuyển chọn, giao trực tiếp, kiểm tra, đánh giá và nghiệm thu nhiệm vụ khoa "
        "học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước.",
        ["Thời hạn đề xuất đặt hàng nhiệm vụ", "Tiêu chí đánh giá, nghiệm thu"],
    ),
    (
        "Quyết định ban hành đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất",
        "Quyết định",
        "nnptnt",
        "Dự thảo quy định đơn giá bồi thường đối với cây hằng năm, cây lâu năm, cây lấy gỗ và vật nuôi khi Nhà nước "
        "thu hồi đất để thực hiện các dự án.",
        ["Đơn giá đối với cây ăn quả đang cho thu hoạch", "Cách tính bồi thường ao nuôi cá"],
    ),
    (
        "Nghị quyết quy định một số mức chi phục vụ công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh",
        "Nghị quyết",
        "yte",
        "Dự thảo quy định mức hỗ trợ lực lượng trực chốt kiểm soát dịch, lực lượng điều tra dịch tễ, lấy mẫu xét "
        "nghiệm và phục vụ tại các khu cách ly tập trung.",
        ["Mức hỗ trợ cho lực lượng trực chốt kiểm soát dịch", "Đối tượng được hưởng ở cấp xã"],
    ),
    (
        "Quyết định ban hành Quy chế thu thập, quản lý, khai thác và chia sẻ dữ liệu của tỉnh",
        "Quyết định",
        "tttt",
        "Dự thảo quy định nguyên tắc thu thập, cập nhật, lưu trữ, khai thác và chia sẻ dữ liệu giữa các cơ quan nhà "
        "nước tỉnh; danh mục cơ sở dữ liệu dùng chung và dữ liệu mở.",
        ["Danh mục dữ liệu mở công bố cho người dân, doanh nghiệp", "Trách nhiệm cập nhật cơ sở dữ liệu dùng chung"],
    ),
    (
        "Quyết định quy định tiêu chuẩn, định mức sử dụng xe ô tô phục vụ công tác chung",
        "Quyết định",
        "tc",
        "Dự thảo quy định đối tượng, định mức sử dụng xe ô tô phục vụ công tác chung, xe chuyên dùng và phương thức "
        "khoán kinh phí sử dụng xe ô tô tại các cơ quan, đơn vị thuộc tỉnh.",
        ["Mức khoán kinh phí sử dụng xe ô tô"],
    ),
    (
        "Nghị quyết quy định chính sách thu hút, đãi ngộ bác sĩ về công tác tại các cơ sở y tế công lập",
        "Nghị quyết",
        "yte",
        "Dự thảo quy định mức hỗ trợ một lần, hỗ trợ hằng tháng đối với bác sĩ, dược sĩ đại học về công tác tại các "
        "bệnh viện, trung tâm y tế và trạm y tế xã thuộc tỉnh.",
        ["Mức hỗ trợ đối với bác sĩ về trạm y tế xã", "Thời gian cam kết làm việc tối thiểu"],
    ),
    (
        "Quyết định ban hành Quy định phân cấp quản lý, khai thác công trình thủy lợi trên địa bàn tỉnh",
        "Quyết định",
        "nnptnt",
        "Dự thảo phân cấp quản lý, khai thác công trình thủy lợi giữa tỉnh, huyện và tổ chức thủy lợi cơ sở; phạm vi "
        "vùng phụ cận và trách nhiệm bảo vệ công trình.",
        ["Tiêu chí phân cấp trạm bơm cho tổ chức thủy lợi cơ sở"],
    ),
    (
        "Quyết định ban hành Quy chế phối hợp phòng cháy, chữa cháy và cứu nạn, cứu hộ trên địa bàn tỉnh",
        "Quyết định",
        "ca",
        "Dự thảo quy định nội dung, hình thức phối hợp giữa lực lượng phòng cháy, chữa cháy với các sở, ngành, địa "
        "phương tại khu dân cư, khu công nghiệp và khu du lịch.",
        ["Bảo đảm nguồn nước chữa cháy tại khu dân cư"],
    ),
    (
        "Nghị quyết quy định chính sách hỗ trợ phát triển du lịch cộng đồng giai đoạn 2021–2025",
        "Nghị quyết",
        "dl",
        "Dự thảo quy định hỗ trợ hộ gia đình, hợp tác xã cải tạo nhà ở để đón khách lưu trú, đào tạo kỹ năng phục vụ "
        "khách và quảng bá điểm du lịch cộng đồng tại các huyện Gia Viễn, Nho Quan, Kim Sơn.",
        ["Điều kiện nhà ở được hỗ trợ cải tạo đón khách", "Mức hỗ trợ đào tạo kỹ năng phục vụ khách"],
    ),
    (
        "Quyết định ban hành Quy định về quản lý, sử dụng nghĩa trang và cơ sở hỏa táng",
        "Quyết định",
        "xd",
        "Dự thảo quy định việc quản lý, sử dụng nghĩa trang nhân dân, nghĩa trang có kinh doanh dịch vụ và cơ sở "
        "hỏa táng; khuyến khích hình thức hỏa táng.",
        ["Diện tích tối đa phần mộ", "Lộ trình đóng cửa các nghĩa trang nhỏ lẻ"],
    ),
    (
        "Nghị quyết quy định nội dung, mức chi hoạt động khuyến công địa phương",
        "Nghị quyết",
        "ct",
        "Dự thảo quy định mức chi hỗ trợ cơ sở công nghiệp nông thôn đầu tư máy móc, chuyển giao công nghệ, xây dựng "
        "mô hình trình diễn và phát triển sản phẩm thủ công mỹ nghệ.",
        ["Mức hỗ trợ đầu tư máy móc, thiết bị"],
    ),
    (
        "Quyết định ban hành Quy định phân cấp quản lý chợ trên địa bàn tỉnh",
        "Quyết định",
        "ct",
        "Dự thảo phân cấp quản lý nhà nước đối với chợ hạng 1, 2, 3; việc chuyển đổi mô hình quản lý chợ và trách "
        "nhiệm bảo đảm vệ sinh, phòng cháy tại chợ.",
        ["Điều kiện chuyển đổi mô hình quản lý chợ sang doanh nghiệp"],
    ),
    (
        "Quyết định ban hành Quy chế phối hợp quản lý người nước ngoài làm việc trên địa bàn tỉnh",
        "Quyết định",
        "ldtbxh",
        "Dự thảo quy định trách nhiệm phối hợp trong cấp giấy phép lao động, quản lý cư trú và hoạt động của người "
        "nước ngoài làm việc tại các doanh nghiệp trên địa bàn tỉnh.",
        ["Thời hạn doanh nghiệp báo cáo tình hình sử dụng lao động nước ngoài"],
    ),
    (
        "Nghị quyết quy định mức hỗ trợ đóng bảo hiểm xã hội tự nguyện trên địa bàn tỉnh",
        "Nghị quyết",
        "ldtbxh",
        "Dự thảo quy định mức hỗ trợ thêm của ngân sách tỉnh đối với người thuộc hộ nghèo, hộ cận nghèo và người dân "
        "tộc thiểu số tham gia bảo hiểm xã hội tự nguyện.",
        ["Mức hỗ trợ thêm đối với người thuộc hộ cận nghèo"],
    ),
    (
        "Quyết định quy định phân cấp quản lý tổ chức bộ máy, công chức, viên chức",
        "Quyết định",
        "noivu",
        "Dự thảo phân cấp cho các sở, ban, ngành và Ủy ban nhân dân cấp huyện trong tuyển dụng, sử dụng, quản lý "
        "công chức, viên chức và tổ chức bộ máy của các đơn vị sự nghiệp.",
        ["Phân cấp tuyển dụng viên chức ngành giáo dục cho cấp huyện"],
    ),
    (
        "Nghị quyết quy định mức hỗ trợ đối với lực lượng dân quân trên địa bàn tỉnh",
        "Nghị quyết",
        "bchqs",
        "Dự thảo quy định mức trợ cấp ngày công lao động, mức hỗ trợ hằng tháng đối với thôn đội trưởng, dân quân "
        "thường trực theo Luật Dân quân tự vệ năm 2019.",
        ["Mức hỗ trợ hằng tháng của thôn đội trưởng"],
    ),
    (
        "Quyết định ban hành Quy định dạy thêm, học thêm trên địa bàn tỉnh",
        "Quyết định",
        "gddt",
        "Dự thảo quy định điều kiện tổ chức dạy thêm, học thêm trong và ngoài nhà trường; trách nhiệm của nhà trường, "
        "giáo viên và cơ quan quản lý giáo dục trong kiểm tra, xử lý vi phạm.",
        ["Các trường hợp không được dạy thêm", "Mức thu tiền học thêm trong nhà trường"],
    ),
    (
        "Nghị quyết quy định mức chi cho công tác phổ cập giáo dục, xóa mù chữ",
        "Nghị quyết",
        "gddt",
        "Dự thảo quy định mức chi điều tra, cập nhật dữ liệu phổ cập giáo dục, mức chi cho người dạy và hỗ trợ người "
        "học các lớp xóa mù chữ.",
        ["Mức hỗ trợ người học lớp xóa mù chữ"],
    ),
    (
        "Quyết định ban hành Quy định về bảo vệ môi trường làng nghề trên địa bàn tỉnh",
        "Quyết định",
        "tnmt",
        "Dự thảo quy định yêu cầu thu gom, xử lý nước thải, khí thải tại các làng nghề chế biến nông sản, đá mỹ nghệ, "
        "thêu ren; trách nhiệm của cơ sở sản xuất và tổ chức tự quản ở làng nghề.",
        ["Lộ trình xây dựng hệ thống xử lý nước thải tập trung"],
    ),
    (
        "Quyết định ban hành Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp",
        "Quyết định",
        "bqlkcn",
        "Dự thảo quy định nội dung phối hợp giữa Ban Quản lý các khu công nghiệp với các sở, ngành, Ủy ban nhân dân "
        "cấp huyện trong quản lý đầu tư, xây dựng, lao động, môi trường.",
        ["Cơ chế một cửa trong giải quyết thủ tục cho nhà đầu tư"],
    ),
    (
        "Nghị quyết quy định chính sách khuyến khích xã hội hóa trong lĩnh vực giáo dục, y tế, văn hóa, thể thao",
        "Nghị quyết",
        "khdt",
        "Dự thảo quy định danh mục loại hình được khuyến khích xã hội hóa và chính sách ưu đãi về đất đai, tiền thuê "
        "đất đối với cơ sở thực hiện xã hội hóa.",
        ["Mức miễn tiền thuê đất theo địa bàn", "Điều kiện cơ sở ngoài công lập được hưởng ưu đãi"],
    ),
    (
        "Quyết định ban hành Quy định quản lý, sử dụng chữ ký số chuyên dùng trong cơ quan nhà nước tỉnh",
        "Quyết định",
        "tttt",
        "Dự thảo quy định việc cấp, quản lý, sử dụng chứng thư số và chữ ký số chuyên dùng trong gửi, nhận văn bản "
        "điện tử giữa các cơ quan nhà nước tỉnh.",
        ["Trách nhiệm bảo quản thiết bị chữ ký số"],
    ),
    (
        "Quyết định ban hành Bộ tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2021–2025",
        "Quyết định",
        "nnptnt",
        "Dự thảo quy định các tiêu chí về sản xuất, thu nhập, giáo dục, y tế, văn hóa, môi trường, cảnh quan và an "
        "ninh trật tự đối với xã nông thôn mới kiểu mẫu; trình tự xét, công nhận.",
        ["Tiêu chí thu nhập bình quân đầu người", "Tiêu chí về cảnh quan, môi trường"],
    ),
    (
        "Nghị quyết về việc đặt tên đường, phố trên địa bàn thành phố Tam Điệp",
        "Nghị quyết",
        "tamdiep",
        "Dự thảo đặt tên cho 24 tuyến đường, phố mới và điều chỉnh điểm đầu, điểm cuối một số tuyến trên địa bàn "
        "thành phố Tam Điệp theo đề án của Ủy ban nhân dân thành phố.",
        ["Tên gọi dự kiến của các tuyến đường mới", "Giữ tên gọi truyền thống của các tuyến phố cũ"],
    ),
    (
        "Quyết định ban hành Quy chế xét tặng Giải thưởng sáng tạo khoa học và công nghệ tỉnh",
        "Quyết định",
        "khcn",
        "Dự thảo quy định đối tượng, điều kiện, tiêu chuẩn, quy trình xét tặng và mức thưởng của Giải thưởng sáng tạo "
        "khoa học và công nghệ tỉnh Ninh Bình.",
        ["Mức thưởng của giải nhất, giải nhì, giải ba"],
    ),
    (
        "Quyết định quy định về quản lý cát, sỏi lòng sông trên địa bàn tỉnh",
        "Quyết định",
        "tnmt",
        "Dự thảo quy định việc bảo vệ cát, sỏi lòng sông chưa khai thác; kiểm soát phương tiện khai thác, vận chuyển "
        "và trách nhiệm của chính quyền địa phương ven sông.",
        ["Thời gian được phép khai thác trong ngày", "Thiết bị giám sát hành trình cho phương tiện"],
    ),
    (
        "Quyết định ban hành Quy chế quản lý trật tự đô thị thị trấn Phát Diệm",
        "Quyết định",
        "kimson",
        "Dự thảo quy định quản lý vỉa hè, lòng đường, biển hiệu và hoạt động buôn bán tại các tuyến phố của thị trấn "
        "Phát Diệm, huyện Kim Sơn.",
        ["Thời gian được sử dụng tạm thời vỉa hè", "Quản lý khu vực quanh nhà thờ đá Phát Diệm"],
    ),
    (
        "Nghị quyết quy định định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm 2022",
        "Nghị quyết",
        "tc",
        "Dự thảo quy định nguyên tắc, tiêu chí và định mức phân bổ dự toán chi thường xuyên ngân sách địa phương năm "
        "2022, năm đầu của thời kỳ ổn định ngân sách 2022–2025.",
        ["Định mức phân bổ theo dân số đối với vùng miền núi"],
    ),
    (
        "Nghị quyết quy định phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách giai đoạn 2022–2025",
        "Nghị quyết",
        "tc",
        "Dự thảo phân cấp nguồn thu, nhiệm vụ chi và tỷ lệ phần trăm phân chia các khoản thu giữa ngân sách tỉnh, "
        "huyện và xã trong thời kỳ ổn định ngân sách 2022–2025.",
        ["Tỷ lệ điều tiết tiền sử dụng đất cho cấp xã"],
    ),
    (
        "Quyết định ban hành Quy định quản lý nhà nước về giá trên địa bàn tỉnh",
        "Quyết định",
        "tc",
        "Dự thảo quy định trách nhiệm của các sở, ngành, Ủy ban nhân dân cấp huyện trong định giá, hiệp thương giá, "
        "kê khai giá và kiểm tra việc chấp hành pháp luật về giá.",
        ["Danh mục hàng hóa, dịch vụ phải kê khai giá tại địa phương"],
    ),
    (
        "Quyết định quy định phân cấp quản lý, sử dụng tài sản công tại các cơ quan, đơn vị thuộc tỉnh",
        "Quyết định",
        "tc",
        "Dự thảo phân cấp thẩm quyền quyết định mua sắm, thuê, thu hồi, điều chuyển, thanh lý tài sản công tại các "
        "cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh.",
        ["Thẩm quyền quyết định thanh lý tài sản của cấp huyện"],
    ),
    (
        "Nghị quyết quy định chính sách hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng",
        "Nghị quyết",
        "ldtbxh",
        "Dự thảo quy định hỗ trợ chi phí học ngoại ngữ, bồi dưỡng kiến thức cần thiết và vay vốn đối với người lao "
        "động thuộc hộ nghèo, hộ cận nghèo, thân nhân người có công đi làm việc ở nước ngoài.",
        ["Mức hỗ trợ học ngoại ngữ", "Điều kiện vay vốn ưu đãi"],
    ),
    (
        "Quyết định ban hành Quy định phân vùng xả nước thải, khí thải trên địa bàn tỉnh",
        "Quyết định",
        "tnmt",
        "Dự thảo phân vùng môi trường tiếp nhận nước thải, khí thải theo mức độ nhạy cảm, làm căn cứ cấp phép và "
        "kiểm soát nguồn thải của các cơ sở sản xuất, kinh doanh.",
        ["Hệ số áp dụng cho vùng nội thành", "Danh mục khu vực bảo vệ đặc biệt"],
    ),
    (
        "Quyết định ban hành Quy định quản lý cơ sở lưu trú du lịch tại nhà dân (homestay)",
        "Quyết định",
        "dl",
        "Dự thảo quy định điều kiện tối thiểu về cơ sở vật chất, an toàn, vệ sinh đối với nhà ở có phòng cho khách "
        "du lịch thuê và trách nhiệm thông báo lưu trú.",
        ["Số phòng tối đa của cơ sở lưu trú tại nhà dân", "Thông báo lưu trú trực tuyến"],
    ),
    (
        "Quyết định ban hành Quy chế kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh",
        "Quyết định",
        "tp",
        "Dự thảo quy định trách nhiệm tự kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật của Hội đồng nhân "
        "dân, Ủy ban nhân dân các cấp; công bố danh mục văn bản hết hiệu lực hằng năm.",
        ["Thời hạn công bố danh mục văn bản hết hiệu lực"],
    ),
    (
        "Nghị quyết quy định chính sách hỗ trợ các câu lạc bộ nghệ thuật chèo truyền thống",
        "Nghị quyết",
        "vhtt",
        "Dự thảo quy định hỗ trợ kinh phí hoạt động, trang phục, nhạc cụ và tổ chức liên hoan cho các câu lạc bộ "
        "chèo ở thôn, xã nhằm bảo tồn, phát huy nghệ thuật chèo của Ninh Bình.",
        ["Điều kiện câu lạc bộ được hỗ trợ", "Mức hỗ trợ hằng năm"],
    ),
]

# Reasons recorded for the 2021 drafts consulted for less than 30 days (matched on a phrase of the title).
SHORT_2021 = {
    "Covid-19": "Cần ban hành kịp thời để chi trả chế độ cho các lực lượng tham gia phòng, chống dịch Covid-19.",
    "2022": "Văn bản phải trình Hội đồng nhân dân tỉnh tại kỳ họp cuối năm 2021.",
}
FIRST_OPENING_2021 = datetime.date(2021, 1, 5)
LAST_OPENING_2021 = datetime.date(2021, 9, 24)
TET_2021 = (datetime.date(2021, 2, 10), datetime.date(2021, 2, 17))  # Tết Tân Sửu: nothing is posted
IN_NINE_MONTHS_2021 = 57  # the seed report's figure; the drafts after them open in October 2021

DRAFT_BODIES = {
    # key: (slug, name, short name, kind) — the drafting bodies of the 2021 drafts
    "tnmt": ("so-tai-nguyen-va-moi-truong", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "department"),
    "gddt": ("so-giao-duc-va-dao-tao", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "department"),
    "khdt": ("so-ke-hoach-va-dau-tu", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "department"),
    "gtvt": ("so-giao-thong-van-tai", "Sở Giao thông vận tải", "Sở GTVT", "department"),
    "yte": ("so-y-te", "Sở Y tế", "Sở Y tế", "department"),
    "tc": ("so-tai-chinh", "Sở Tài chính", "Sở Tài chính", "department"),
    "noivu": ("so-noi-vu", "Sở Nội vụ", "Sở Nội vụ", "department"),
    "nnptnt": (
        "so-nong-nghiep-va-phat-trien-nong-thon",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở NN&PTNT",
        "department",
    ),
    "ct": ("so-cong-thuong", "Sở Công Thương", "Sở Công Thương", "department"),
    "xd": ("so-xay-dung", "Sở Xây dựng", "Sở Xây dựng", "department"),
    "vhtt": ("so-van-hoa-va-the-thao", "Sở Văn hóa và Thể thao", "Sở VH&TT", "department"),
    "dl": ("so-du-lich", "Sở Du lịch", "Sở Du lịch", "department"),
    "ldtbxh": ("so-lao-dong-thuong-binh-va-xa-hoi", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "department"),
    "tp": ("so-tu-phap", "Sở Tư pháp", "Sở Tư pháp", "department"),
    "tttt": ("so-thong-tin-va-truyen-thong", "Sở Thông tin và Truyền thông", "Sở TT&TT", "department"),
    "khcn": ("so-khoa-hoc-va-cong-nghe", "Sở Khoa học và Công nghệ", "Sở KH&CN", "department"),
    "ca": ("cong-an-tinh", "Công an tỉnh", "Công an tỉnh", "agency"),
    "bchqs": ("bo-chi-huy-quan-su-tinh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", "agency"),
    "bqlkcn": ("ban-quan-ly-cac-khu-cong-nghiep", "Ban Quản lý các khu công nghiệp tỉnh", "Ban QL các KCN", "agency"),
    "vpub": ("van-phong-ubnd-tinh", "Văn phòng UBND tỉnh", "VP UBND tỉnh", "agency"),
    "tamdiep": ("ubnd-thanh-pho-tam-diep", "UBND thành phố Tam Điệp", "UBND TP Tam Điệp", "district"),
    "kimson": ("ubnd-huyen-kim-son", "UBND huyện Kim Sơn", "UBND huyện Kim Sơn", "district"),
}

# Comments of 2021: (section, body); the spam and off-topic ones are not published.
COMMENTS_2021 = [
    ("Điều 2", "Đề nghị làm rõ đối tượng áp dụng, nhất là tổ chức, cá nhân ở tỉnh khác có hoạt động trên địa bàn."),
    (
        "",
        "Thống nhất với sự cần thiết ban hành. Đề nghị bổ sung quy định chuyển tiếp cho hồ sơ đã nộp trước ngày văn "
        "bản có hiệu lực.",
    ),
    ("Điều 4", "Đề nghị quy định rõ thời hạn giải quyết của từng cơ quan, tránh đùn đẩy trách nhiệm."),
    ("Điều 1", "Một số thuật ngữ chưa thống nhất với luật chuyên ngành; đề nghị rà soát lại phần giải thích từ ngữ."),
    (
        "",
        "Đề nghị niêm yết dự thảo tại trụ sở Ủy ban nhân dân cấp xã để người dân không dùng Internet cũng góp ý được.",
    ),
    ("Điều 6", "Nguồn kinh phí thực hiện chưa được nêu rõ; đề nghị bổ sung điều khoản về kinh phí."),
    ("Điều 5, khoản 2", "Đề nghị giao Ủy ban nhân dân cấp huyện hướng dẫn chi tiết cho phù hợp với từng địa phương."),
    ("", "Tôi đồng ý với dự thảo. Sau khi ban hành, đề nghị có tài liệu hướng dẫn ngắn gọn, dễ hiểu cho người dân."),
    ("Điều 7", "Điều khoản tổ chức thực hiện còn chung chung; đề nghị phân công cụ thể cơ quan chủ trì, phối hợp."),
    ("Điều 3", "Đề nghị cho phép nộp hồ sơ và nhận kết quả trực tuyến, giảm việc đi lại của người dân, doanh nghiệp."),
    ("Điều 8", "Thời điểm có hiệu lực nên lùi lại để các cơ quan, đơn vị có thời gian chuẩn bị."),
    ("", "Đề nghị đánh giá kỹ tác động của dự thảo đến hộ kinh doanh cá thể và doanh nghiệp nhỏ."),
    (
        "Điều 3, khoản 1",
        "Mức quy định trong dự thảo còn thấp so với thực tế; đề nghị tham khảo mức của các tỉnh lân cận.",
    ),
]
SPAM_2021 = [
    (
        "Cho vay tiêu dùng lãi suất thấp, giải ngân trong ngày, không cần thế chấp!",
        "Nội dung quảng cáo, không liên quan đến dự thảo.",
    ),
    (
        "Đề nghị giải quyết việc tranh chấp lối đi chung giữa gia đình tôi và hộ bên cạnh.",
        "Không phải ý kiến về dự thảo; đã hướng dẫn gửi qua chuyên mục Hỏi - Đáp.",
    ),
]
RESPONSES_2021 = [
    "Tiếp thu: đã bổ sung vào dự thảo.",
    "Tiếp thu, chỉnh sửa câu chữ cho rõ nghĩa.",
    "Giải trình: nội dung đã được quy định tại văn bản của Trung ương, dự thảo không quy định lại.",
    "Tiếp thu một phần; nội dung còn lại sẽ được hướng dẫn trong văn bản thi hành.",
    "",
]
NAMES_2021 = [
    "Nguyễn Văn Thắng",
    "Trần Thị Hồng",
    "Phạm Minh Đức",
    "Lê Thị Thu Trang",
    "Đinh Công Hoan",
    "Vũ Thị Ngọc",
    "Hoàng Văn Long",
    "Bùi Thị Hạnh",
    "Đặng Quốc Việt",
    "Ngô Thị Phương",
    "Tạ Văn Bình",
    "Mai Thị Lụa",
    "",
]
ORGANISATIONS_2021 = [
    "",
    "",
    "",
    "Hiệp hội Doanh nghiệp tỉnh",
    "UBND xã Ninh Nhất",
    "Phòng Tư pháp huyện Yên Mô",
    "Hội Nông dân huyện Kim Sơn",
    "Công ty TNHH Thành Nam",
    "Trường THCS Đinh Tiên Hoàng",
]


def _pdf(title, kind, department):
    paragraphs = [
        kind.upper(),
        title,
        f"Cơ quan chủ trì soạn thảo: {department}.",
        "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng. Văn bản này quy định các nội dung nêu tại tên văn bản, "
        "áp dụng đối với cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan trên địa bàn tỉnh.",
        "Điều 2. Tổ chức thực hiện. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố có trách nhiệm triển "
        "khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, phản ánh về cơ quan soạn thảo để tổng hợp.",
    ]
    return make_pdf(f"{kind} – {title}", paragraphs, header_lines=("DỰ THẢO", "Lấy ý kiến nhân dân"))


def _add_file(draft, kind, label, department_name, order):
    data = _pdf(draft.title, label, department_name)
    draft_file = DraftFile(
        draft=draft,
        kind=kind,
        sort_order=order,
        file=ContentFile(data, name=f"{ascii_slug(label)}-{ascii_slug(draft.title, 40)}.pdf"),
    )
    draft_file.full_clean(exclude=["draft"])
    draft_file.extract_now = True  # read below, at once: load_demo indexes everything at the end
    draft_file.save()
    extract_file_text(draft_file.pk)


def _department(key):
    """A drafting body of the 2021 drafts: found by slug (or name, when another demo made it), else created."""
    slug, name, short_name, kind = DRAFT_BODIES[key]
    department = Department.objects.filter(slug=slug).first() or Department.objects.filter(name=name).first()
    if department is None:
        department = Department.objects.create(slug=slug, name=name, short_name=short_name, kind=kind)
    return department


def _at(day, hour, minute=0):
    """An aware datetime on ``day`` in the portal's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def opening_days_2021():
    """The days the 2021 drafts open: the first 57 spread over working days from January to September 2021 (none
    during Tết), the others in October."""
    span = (LAST_OPENING_2021 - FIRST_OPENING_2021).days
    days = []
    for index in range(len(DRAFTS_2021)):
        if index < IN_NINE_MONTHS_2021:
            day = FIRST_OPENING_2021 + datetime.timedelta(days=round(index * span / (IN_NINE_MONTHS_2021 - 1)))
        else:
            day = datetime.date(2021, 10, 5) + datetime.timedelta(days=7 * (index - IN_NINE_MONTHS_2021))
        if TET_2021[0] <= day <= TET_2021[1]:
            day = TET_2021[1] + datetime.timedelta(days=1)
        day += datetime.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)  # a working day
        days.append(day)
    return days


_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
# A4, margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 20 mm), in twentieths of a point.
_DOCX_PAGE = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/>'
    "</w:sectPr>"
)


def _docx_paragraph(text, centred=False):
    font = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    run = f'<w:rPr>{font}{"<w:b/>" if centred else ""}<w:sz w:val="26"/></w:rPr>'
    return (
        f'<w:p><w:pPr><w:jc w:val="{"center" if centred else "both"}"/></w:pPr>'
        f'<w:r>{run}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def _docx(heading_lines, title, paragraphs):
    """A Word document (bytes) the way departments post drafts: Times New Roman 13, bold centred heading, justified
    text on A4. Written directly (one part, no styles): python-docx's template costs ~30 ms a file."""
    body = "".join(
        [*(_docx_paragraph(line, centred=True) for line in (*heading_lines, title)), *map(_docx_paragraph, paragraphs)]
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}{_DOCX_PAGE}</w:body></w:document>"
    )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        archive.writestr("word/document.xml", document)
    return output.getvalue()


def _add_docx(draft, kind, name, data, order):
    draft_file = DraftFile(draft=draft, kind=kind, sort_order=order, file=ContentFile(data, name=name))
    draft_file.full_clean(exclude=["draft"])
    draft_file.extract_now = True  # read below, at once: load_demo indexes everything at the end
    draft_file.save()
    extract_file_text(draft_file.pk)


def _files_2021(draft, type_name):
    council = type_name == "Nghị quyết"
    issuer = "HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH" if council else "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"
    slug = ascii_slug(draft.title, 40)
    text = _docx(
        (issuer, "DỰ THẢO"),
        draft.title,
        [
            f"Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng. {draft.summary}",
            "Điều 2. Tổ chức thực hiện. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố và các cơ quan, "
            "tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành.",
        ],
    )
    _add_docx(draft, DraftFile.DRAFT, f"du-thao-{slug}.docx", text, 0)
    submission = _docx(
        (draft.department.name.upper(), "TỜ TRÌNH"),
        f"Về việc ban hành {draft.title[0].lower()}{draft.title[1:]}",
        [
            f"Kính gửi: {'Hội đồng nhân dân tỉnh' if council else 'Ủy ban nhân dân tỉnh'}.",
            f"I. Sự cần thiết ban hành. {draft.summary}",
            f"II. Quá trình xây dựng dự thảo. Dự thảo được đăng trên Cổng Thông tin điện tử tỉnh để lấy ý kiến của "
            f"tổ chức, cá nhân từ ngày {draft.opens_on:%d/%m/%Y} đến ngày {draft.closes_on:%d/%m/%Y}.",
        ],
    )
    _add_docx(draft, DraftFile.SUBMISSION, f"to-trinh-{slug}.docx", submission, 1)


def _comments_2021(draft, index, concluded):
    """Comments received during the draft's window, all moderated since; returns how many were on the draft and
    how many of those were taken up."""
    rng = random.Random(f"du-thao-2021-{index}")
    count = rng.choice((0, 1, 2, 2, 3, 3, 4, 4, 5, 6, 8))
    picks = rng.sample(COMMENTS_2021, min(count, len(COMMENTS_2021)))
    if count and rng.random() < 0.2:
        picks[-1] = rng.choice(SPAM_2021)
    moments = sorted(
        _at(
            draft.opens_on + datetime.timedelta(days=rng.randrange(draft.window_days)),
            rng.randint(7, 21),
            rng.randrange(60),
        )
        for _pick in picks
    )
    received = taken_up = 0
    for number, ((first, second), created) in enumerate(zip(picks, moments, strict=True)):
        spam = (first, second) in SPAM_2021
        response = "" if spam or not concluded else rng.choice(RESPONSES_2021)
        received += not spam
        taken_up += response.startswith("Tiếp thu")
        Comment.objects.create(
            draft=draft,
            name="Khách" if spam else rng.choice(NAMES_2021),
            organisation="" if spam else rng.choice(ORGANISATIONS_2021),
            email=f"gopy.{index}.{number}@example.vn",
            phone="" if number % 3 else f"0912 {index:03d} {number:03d}",
            section="" if spam else first,
            body=first if spam else second,
            state=Comment.State.REJECTED if spam else Comment.State.PUBLISHED,
            reject_reason=second if spam else "",
            response=response,
            moderated_at=created + datetime.timedelta(days=1),
            created_at=created,
            receipt_sent_at=created,
            digested_at=created + datetime.timedelta(hours=12),
        )
    return received, taken_up


def _outcome_2021(received, taken_up):
    if not received:
        return (
            "Hết thời hạn lấy ý kiến, Cổng không nhận được ý kiến góp ý của tổ chức, cá nhân; cơ quan soạn thảo đã "
            "hoàn thiện dự thảo trên cơ sở ý kiến của các sở, ngành, địa phương và trình cấp có thẩm quyền ban hành."
        )
    return (
        f"Hết thời hạn lấy ý kiến, cơ quan soạn thảo đã nhận {received} ý kiến góp ý qua Cổng; đã tiếp thu "
        f"{taken_up} ý kiến, giải trình các ý kiến còn lại. Dự thảo đã được chỉnh lý và trình cấp có thẩm quyền."
    )


def build_drafts_2021(types):
    """The drafts of 2021 (see ``DRAFTS_2021``); returns how many were added."""
    added = 0
    for index, ((title, type_name, key, summary, questions), opens_on) in enumerate(
        zip(DRAFTS_2021, opening_days_2021(), strict=True)
    ):
        if DraftDocument.objects.filter(title=title).exists():
            continue
        department = _department(key)
        reason = next((text for phrase, text in SHORT_2021.items() if phrase in title), "")
        draft = DraftDocument(
            title=title,
            document_type=types[type_name],
            department=department,
            summary=summary,
            questions="\n".join(questions),
            opens_on=opens_on,
            closes_on=opens_on + datetime.timedelta(days=(20 if reason else 30) - 1),
            short_window_reason=reason,
            contact_unit=department.name,
            contact_address="Thành phố Ninh Bình, tỉnh Ninh Bình",
            contact_email=f"{department.slug}@ninhbinh.gov.vn",
        )
        draft.full_clean()
        draft.save()
        _files_2021(draft, type_name)
        concluded = index % 5 != 3  # most departments published their report on the comments
        received, taken_up = _comments_2021(draft, index, concluded)
        posted = _at(opens_on - datetime.timedelta(days=1), 15, index % 60)
        DraftDocument.objects.filter(pk=draft.pk).update(
            created_at=posted,
            updated_at=_at(draft.closes_on + datetime.timedelta(days=12), 9) if concluded else posted,
            outcome_text=_outcome_2021(received, taken_up) if concluded else "",
        )
        added += 1
    return added


@transaction.atomic
def build_drafts():
    """Create the demo drafts and comments (those of 2021, then the current ones); returns how many were added."""
    types, _bodies, _fields = _reference_tables()
    departments = {
        slug: Department.objects.get_or_create(slug=slug, defaults={"name": name})[0] for slug, name in DEPARTMENTS
    }
    today = timezone.localdate()
    added = build_drafts_2021(types)
    for index, (title, type_name, slug, opens, length, concluded, questions, summary) in enumerate(DRAFTS):
        if DraftDocument.objects.filter(title=title).exists():
            continue
        department = departments[slug]
        opens_on = today + datetime.timedelta(days=opens)
        draft = DraftDocument(
            title=title,
            document_type=types[type_name],
            department=department,
            summary=summary,
            questions="\n".join(questions),
            opens_on=opens_on,
            closes_on=opens_on + datetime.timedelta(days=length - 1),
            short_window_reason="Văn bản cần ban hành kịp thời trước kỳ họp." if length < 30 else "",
            contact_unit=department.name,
            contact_address="Số 1 đường Lê Hồng Phong, thành phố Ninh Bình",
            contact_email=f"{slug}@ninhbinh.gov.vn",
            outcome_text=(
                "Cơ quan soạn thảo đã nhận các ý kiến góp ý; đã tiếp thu ý kiến về lộ trình áp dụng và thủ tục trực "
                "tuyến, giải trình các ý kiến về phạm vi điều chỉnh. Chi tiết trong báo cáo kèm theo."
                if concluded
                else ""
            ),
        )
        draft.full_clean()
        draft.save()
        posted = min(timezone.now(), _at(opens_on - datetime.timedelta(days=2), 9))
        DraftDocument.objects.filter(pk=draft.pk).update(created_at=posted)
        _add_file(draft, DraftFile.DRAFT, "Dự thảo", department.name, 0)
        _add_file(draft, DraftFile.SUBMISSION, "Tờ trình", department.name, 1)
        if concluded:
            _add_file(draft, DraftFile.REPORT, "Báo cáo tổng hợp, tiếp thu, giải trình", department.name, 2)
        if opens <= 0:  # comments only where the window has opened
            created = timezone.now() - datetime.timedelta(days=max(1, -opens - 1))
            for number, (name, organisation, section, body, state, response) in enumerate(COMMENTS):
                if index % 2 and number == 3:
                    continue  # not every draft gets spam
                Comment.objects.create(
                    draft=draft,
                    name=name,
                    organisation=organisation,
                    email=f"nguoi-gop-y-{index}-{number}@example.vn",
                    phone="0912 345 678" if number % 2 else "",
                    section=section,
                    body=body,
                    state=state,
                    reject_reason="Nội dung quảng cáo, không liên quan đến dự thảo." if state == "rejected" else "",
                    response=response,
                    created_at=created + datetime.timedelta(hours=number),
                    receipt_sent_at=created,
                    digested_at=created,
                )
        added += 1
    return added
