"""Demo Q&A for ``load_demo``: /hoi-dap/ and 30 citizens' questions in every state of the workflow.

27 of them are questions of the first nine months of 2021 (the seed report's figure is 30), received from January to
September and answered in 6 to 18 days — three of them after the 20-day deadline, one in October — 21 of them
published as Q&A pages; the other three are being handled today (received, assigned, answered), so the admin's
workflow has something to show.

Idempotent: a question is keyed by its demo token and created only when missing; departments and topics are
looked up by slug (or name) before being created. No e-mail is sent for demo questions.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from portal.models import Department

from . import workflow
from .models import Channel, QAIndexPage, QAPage, Question, QuestionEvent, RejectReason, Status, Topic

DEPARTMENTS = {
    # key: (slug, name, short name)
    "tnmt": ("so-tai-nguyen-va-moi-truong", "Sở Tài nguyên và Môi trường", "Sở TN&MT"),
    "gddt": ("so-giao-duc-va-dao-tao", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
    "yte": ("so-y-te", "Sở Y tế", "Sở Y tế"),
    "khdt": ("so-ke-hoach-va-dau-tu", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
    "tttt": ("so-thong-tin-va-truyen-thong", "Sở Thông tin và Truyền thông", "Sở TT&TT"),
    "ldtbxh": ("so-lao-dong-thuong-binh-va-xa-hoi", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
    "gtvt": ("so-giao-thong-van-tai", "Sở Giao thông vận tải", "Sở GTVT"),
    "noivu": ("so-noi-vu", "Sở Nội vụ", "Sở Nội vụ"),
}

TOPICS = [
    ("dat-dai", "Đất đai"),
    ("thu-tuc-hanh-chinh", "Thủ tục hành chính"),
    ("giao-duc", "Giáo dục"),
    ("y-te", "Y tế, bảo hiểm y tế"),
    ("dang-ky-kinh-doanh", "Đăng ký kinh doanh"),
    ("lao-dong-viec-lam", "Lao động, việc làm, chính sách xã hội"),
    ("giao-thong", "Giao thông"),
    ("chuyen-doi-so", "Chuyển đổi số, thông tin"),
]

P, R, A, AS, RC, RJ = (
    Status.PUBLISHED,
    Status.REPLIED,
    Status.ANSWERED,
    Status.ASSIGNED,
    Status.RECEIVED,
    Status.REJECTED,
)

# (asker, topic, department, final state, received, title, question, answer); received: a day of 2021 (ISO), or
# days before today for the questions still being handled.
QUESTIONS = [
    (
        "Nguyễn Văn Hùng",
        "dat-dai",
        "tnmt",
        P,
        "2021-01-06",
        "Thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        "Gia đình tôi sử dụng thửa đất ở xã Ninh Hải, huyện Hoa Lư từ năm 1990, chưa được cấp Giấy chứng nhận. "
        "Xin hỏi cần chuẩn bị những giấy tờ gì và nộp hồ sơ ở đâu?",
        "<p>Hồ sơ gồm: đơn đăng ký đất đai theo mẫu, giấy tờ về quyền sử dụng đất (nếu có), sơ đồ thửa đất và "
        "giấy tờ nhân thân của người sử dụng đất.</p><p>Ông nộp hồ sơ tại Bộ phận một cửa của UBND cấp xã hoặc Chi "
        "nhánh Văn phòng Đăng ký đất đai; có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia.</p>",
    ),
    (
        "Trần Thị Mai",
        "dat-dai",
        "tnmt",
        P,
        "2021-01-13",
        "Tách thửa đất ở cho con",
        "Tôi muốn tách một phần thửa đất ở tại phường Nam Thành để tặng cho con trai. Diện tích tối thiểu được "
        "tách thửa ở thành phố Ninh Bình là bao nhiêu?",
        "<p>Điều kiện và diện tích tối thiểu được tách thửa thực hiện theo quyết định của UBND tỉnh quy định về "
        "tách thửa, hợp thửa đất trên địa bàn tỉnh. Với đất ở tại phường, thửa đất sau khi tách phải đáp ứng diện "
        "tích và kích thước cạnh tối thiểu theo quy định.</p><p>Bà liên hệ Chi nhánh Văn phòng Đăng ký đất đai "
        "thành phố để được hướng dẫn cụ thể theo vị trí thửa đất.</p>",
    ),
    (
        "Phạm Quốc Toàn",
        "dat-dai",
        "tnmt",
        P,
        "2021-03-10",
        "Bồi thường khi thu hồi đất nông nghiệp làm đường",
        "Ruộng của gia đình tôi nằm trong dự án mở rộng đường tỉnh. Giá bồi thường đất nông nghiệp được tính như "
        "thế nào và có được hỗ trợ chuyển đổi nghề không?",
        "<p>Giá bồi thường đất nông nghiệp được xác định theo bảng giá đất và hệ số điều chỉnh do UBND tỉnh ban hành "
        "tại thời điểm quyết định thu hồi. Hộ gia đình trực tiếp sản xuất nông nghiệp còn được hỗ trợ ổn định đời "
        "sống và hỗ trợ đào tạo, chuyển đổi nghề, tìm kiếm việc làm.</p><p>Phương án cụ thể được niêm yết công "
        "khai tại UBND cấp xã để người dân góp ý trước khi phê duyệt.</p>",
    ),
    (
        "Lê Thị Hồng",
        "dat-dai",
        "tnmt",
        R,
        "2021-05-26",
        "Tranh chấp ranh giới đất với hộ liền kề",
        "Nhà tôi và hộ bên cạnh có tranh chấp về ranh giới đất. Tôi nên gửi đơn đến đâu để được giải quyết?",
        "<p>Tranh chấp đất đai trước hết phải được hòa giải tại UBND cấp xã nơi có đất. Nếu hòa giải không thành, "
        "bà có thể đề nghị UBND cấp huyện giải quyết hoặc khởi kiện tại Tòa án nhân dân tùy theo loại giấy tờ "
        "về đất.</p>",
    ),
    (
        "Đinh Văn Nam",
        "thu-tuc-hanh-chinh",
        "noivu",
        P,
        "2021-01-27",
        "Nộp hồ sơ thủ tục hành chính trực tuyến toàn trình",
        "Xin hỏi những thủ tục nào của tỉnh đã được cung cấp trực tuyến toàn trình và tôi có cần đến nộp bản giấy "
        "nữa không?",
        "<p>Danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình được UBND tỉnh công bố và cập "
        "nhật trên Cổng Dịch vụ công quốc gia. Với các thủ tục này, ông nộp hồ sơ điện tử và nhận kết quả điện tử "
        "hoặc qua dịch vụ bưu chính, không phải nộp lại bản giấy.</p>",
    ),
    (
        "Vũ Thị Lan",
        "thu-tuc-hanh-chinh",
        "noivu",
        P,
        "2021-03-22",
        "Thời gian giải quyết thủ tục bị chậm thì phản ánh ở đâu?",
        "Hồ sơ của tôi đã quá hạn trả kết quả ghi trên giấy hẹn 10 ngày mà chưa có kết quả. Tôi có thể phản ánh ở đâu?",
        "<p>Khi hồ sơ giải quyết quá hạn, cơ quan giải quyết phải có văn bản xin lỗi và hẹn lại ngày trả kết quả. "
        "Bà có thể phản ánh qua đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh, qua Cổng Dịch vụ công "
        "hoặc chuyên mục Hỏi - Đáp này.</p>",
    ),
    (
        "Hoàng Minh Tuấn",
        "thu-tuc-hanh-chinh",
        "noivu",
        P,
        "2021-09-20",
        "Chứng thực bản sao điện tử từ bản chính",
        "Tôi có thể chứng thực bản sao điện tử từ bản chính giấy tờ ở đâu để nộp hồ sơ trực tuyến?",
        "<p>Việc chứng thực bản sao điện tử từ bản chính được thực hiện tại UBND cấp xã và các tổ chức hành nghề "
        "công chứng; kết quả được trả vào kho dữ liệu của ông trên Cổng Dịch vụ công.</p>",
    ),
    (
        "Bùi Thị Thu",
        "giao-duc",
        "gddt",
        P,
        "2021-01-20",
        "Tuyển sinh vào lớp 10 trường chuyên Lương Văn Tụy",
        "Con tôi đang học lớp 9. Xin hỏi điều kiện dự tuyển và các môn thi vào lớp 10 Trường THPT chuyên Lương Văn "
        "Tụy năm nay?",
        "<p>Học sinh dự tuyển phải tốt nghiệp THCS, đạt kết quả học tập và rèn luyện theo quy định của kế hoạch "
        "tuyển sinh. Thí sinh thi các môn chung và môn chuyên đăng ký.</p><p>Kế hoạch tuyển sinh chi tiết được Sở "
        "Giáo dục và Đào tạo công bố trên trang thông tin của Sở vào đầu học kỳ II.</p>",
    ),
    (
        "Ngô Văn Thành",
        "giao-duc",
        "gddt",
        P,
        "2021-04-15",
        "Miễn, giảm học phí cho con hộ cận nghèo",
        "Gia đình tôi thuộc hộ cận nghèo, có con học tiểu học và trung học cơ sở. Con tôi có được miễn, giảm học "
        "phí không?",
        "<p>Học sinh tiểu học trường công lập không phải đóng học phí. Học sinh trung học cơ sở thuộc hộ cận nghèo "
        "được giảm học phí theo quy định về cơ chế thu, quản lý học phí.</p><p>Ông nộp đơn kèm giấy chứng nhận hộ "
        "cận nghèo cho nhà trường trong 45 ngày đầu năm học.</p>",
    ),
    (
        "Đỗ Thị Hạnh",
        "giao-duc",
        "gddt",
        P,
        "2021-06-14",
        "Chuyển trường cho học sinh từ tỉnh khác về",
        "Gia đình tôi chuyển từ Hà Nam về Ninh Bình sinh sống, con đang học lớp 7. Thủ tục chuyển trường như thế nào?",
        "<p>Hồ sơ chuyển trường gồm đơn xin chuyển trường, học bạ, giấy giới thiệu chuyển trường của nơi đi và giấy "
        "tiếp nhận của nơi đến. Với học sinh trung học cơ sở, Phòng Giáo dục và Đào tạo nơi đến tiếp nhận và giới "
        "thiệu về trường.</p>",
    ),
    (
        "Trịnh Văn Khải",
        "giao-duc",
        "gddt",
        P,
        "2021-07-14",
        "Dạy thêm, học thêm trong nhà trường",
        "Xin hỏi nhà trường có được tổ chức dạy thêm và thu tiền học thêm của học sinh trong năm học 2021–2022 không?",
        "<p>Dạy thêm, học thêm trong nhà trường chỉ được tổ chức để phụ đạo học sinh có kết quả học tập chưa đạt, "
        "bồi dưỡng học sinh giỏi và ôn thi cho học sinh cuối cấp, trên cơ sở tự nguyện của học sinh và gia đình; "
        "không dạy thêm đối với học sinh tiểu học, trừ bồi dưỡng nghệ thuật, thể dục thể thao, kỹ năng sống.</p>"
        "<p>Mức thu do cha mẹ học sinh thỏa thuận với nhà trường và phải được công khai. Sở Giáo dục và Đào tạo "
        "đang lấy ý kiến dự thảo quy định về dạy thêm, học thêm trên địa bàn tỉnh tại mục Dự thảo văn bản của "
        "Cổng; ông có thể gửi góp ý tại đó.</p>",
    ),
    (
        "Mai Thị Ngọc",
        "y-te",
        "yte",
        P,
        "2021-02-22",
        "Khám chữa bệnh bảo hiểm y tế trái tuyến",
        "Tôi đăng ký khám chữa bệnh ban đầu ở trạm y tế xã. Nếu tôi đến Bệnh viện Đa khoa tỉnh khám thì được bảo "
        "hiểm y tế thanh toán bao nhiêu?",
        "<p>Người tham gia bảo hiểm y tế tự đi khám, chữa bệnh không đúng tuyến được quỹ thanh toán theo tỷ lệ do "
        "pháp luật về bảo hiểm y tế quy định, tùy tuyến bệnh viện và hình thức điều trị nội trú hay ngoại trú.</p>"
        "<p>Trường hợp cấp cứu hoặc có giấy chuyển tuyến, bà được hưởng đầy đủ quyền lợi.</p>",
    ),
    (
        "Lương Văn Đức",
        "y-te",
        "yte",
        P,
        "2021-04-26",
        "Tiêm vắc xin phòng bệnh cho trẻ em",
        "Con tôi 9 tháng tuổi. Xin hỏi lịch tiêm chủng mở rộng và nơi tiêm gần nhất ở huyện Yên Khánh?",
        "<p>Trẻ 9 tháng tuổi được tiêm vắc xin sởi mũi 1 trong Chương trình tiêm chủng mở rộng. Buổi tiêm được tổ "
        "chức định kỳ hằng tháng tại trạm y tế các xã, thị trấn; ông theo dõi thông báo của trạm y tế nơi cư trú.</p>",
    ),
    (
        "Phan Thị Yến",
        "y-te",
        "yte",
        R,
        "2021-07-05",
        "Khiếu nại về thái độ phục vụ tại bệnh viện",
        "Tôi muốn phản ánh thái độ của một nhân viên y tế khi gia đình tôi đưa người nhà đi cấp cứu. Tôi cần cung "
        "cấp thông tin gì?",
        "<p>Bà vui lòng cung cấp thời gian, khoa phòng và nội dung sự việc qua đường dây nóng của bệnh viện hoặc của "
        "Sở Y tế. Sở đã đề nghị bệnh viện xác minh và sẽ thông báo kết quả cho bà.</p>",
    ),
    (
        "Cao Văn Lợi",
        "y-te",
        "yte",
        A,
        12,
        "Cấp lại thẻ bảo hiểm y tế bị mất",
        "Tôi bị mất thẻ bảo hiểm y tế. Xin hỏi thủ tục cấp lại và có thể dùng ứng dụng VssID thay thẻ giấy không?",
        "<p>Ông có thể dùng hình ảnh thẻ bảo hiểm y tế trên ứng dụng VssID hoặc căn cước công dân gắn chip khi đi "
        "khám, chữa bệnh. Nếu cần thẻ giấy, ông đề nghị cấp lại tại cơ quan bảo hiểm xã hội cấp huyện.</p>",
    ),
    (
        "Nguyễn Thị Thảo",
        "dang-ky-kinh-doanh",
        "khdt",
        P,
        "2021-03-03",
        "Thành lập công ty trách nhiệm hữu hạn một thành viên",
        "Tôi muốn thành lập công ty TNHH một thành viên kinh doanh dịch vụ du lịch tại Tràng An. Hồ sơ và thời gian "
        "giải quyết như thế nào?",
        "<p>Hồ sơ gồm giấy đề nghị đăng ký doanh nghiệp, điều lệ công ty và bản sao giấy tờ pháp lý của chủ sở hữu. "
        "Bà nộp trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp; thời hạn giải quyết là 03 ngày làm "
        "việc kể từ khi nhận đủ hồ sơ hợp lệ.</p>",
    ),
    (
        "Tạ Văn Bình",
        "dang-ky-kinh-doanh",
        "khdt",
        P,
        "2021-05-06",
        "Đăng ký hộ kinh doanh bán hàng ăn uống",
        "Tôi mở quán ăn nhỏ tại thị trấn Nho Quan. Tôi có phải đăng ký hộ kinh doanh không và nộp hồ sơ ở đâu?",
        "<p>Hộ gia đình kinh doanh dịch vụ ăn uống có địa điểm cố định phải đăng ký hộ kinh doanh tại cơ quan đăng "
        "ký kinh doanh cấp huyện. Ngoài ra, cơ sở phải bảo đảm điều kiện an toàn thực phẩm theo quy định.</p>",
    ),
    (
        "Lã Thị Phương",
        "dang-ky-kinh-doanh",
        "khdt",
        P,
        "2021-06-23",
        "Ưu đãi đầu tư vào khu công nghiệp Gián Khẩu",
        "Doanh nghiệp chúng tôi dự định đầu tư nhà máy vào Khu công nghiệp Gián Khẩu. Tỉnh có chính sách hỗ trợ "
        "đầu tư nào?",
        "<p>Dự án trong khu công nghiệp được hưởng ưu đãi theo pháp luật về đầu tư, thuế thu nhập doanh nghiệp và "
        "tiền thuê đất. Tỉnh hỗ trợ thủ tục đầu tư theo cơ chế một cửa tại Sở Kế hoạch và Đầu tư.</p>",
    ),
    (
        "Đặng Văn Sơn",
        "dang-ky-kinh-doanh",
        "khdt",
        AS,
        4,
        "Tạm ngừng kinh doanh của doanh nghiệp",
        "Công ty tôi muốn tạm ngừng kinh doanh 6 tháng. Thủ tục thông báo như thế nào và có phải nộp thuế môn bài "
        "không?",
        "",
    ),
    (
        "Hà Thị Nhung",
        "lao-dong-viec-lam",
        "ldtbxh",
        P,
        "2021-04-07",
        "Hưởng trợ cấp thất nghiệp",
        "Tôi nghỉ việc ở công ty may tại Tam Điệp, đã đóng bảo hiểm thất nghiệp 3 năm. Tôi cần làm gì để hưởng "
        "trợ cấp thất nghiệp?",
        "<p>Trong 03 tháng kể từ ngày chấm dứt hợp đồng lao động, bà nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp "
        "tại Trung tâm Dịch vụ việc làm tỉnh hoặc nộp trực tuyến. Thời gian hưởng được tính theo số tháng đóng "
        "bảo hiểm thất nghiệp.</p>",
    ),
    (
        "Quách Văn Tình",
        "lao-dong-viec-lam",
        "ldtbxh",
        P,
        "2021-05-17",
        "Trợ cấp xã hội cho người cao tuổi",
        "Mẹ tôi 81 tuổi, không có lương hưu. Mẹ tôi có được hưởng trợ cấp xã hội hằng tháng không?",
        "<p>Người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thuộc đối tượng "
        "hưởng trợ cấp xã hội hằng tháng. Ông lập hồ sơ đề nghị tại UBND cấp xã nơi mẹ ông cư trú.</p>",
    ),
    (
        "Vương Thị Dung",
        "lao-dong-viec-lam",
        "ldtbxh",
        R,
        "2021-08-12",
        "Hồ sơ xác nhận người có công",
        "Ông nội tôi tham gia kháng chiến nhưng chưa được hưởng chế độ. Gia đình cần chuẩn bị giấy tờ gì?",
        "<p>Hồ sơ xác nhận người có công phụ thuộc từng diện đối tượng. Phòng Lao động - Thương binh và Xã hội "
        "cấp huyện đã liên hệ trực tiếp với gia đình để hướng dẫn.</p>",
    ),
    (
        "Đoàn Văn Hải",
        "lao-dong-viec-lam",
        "ldtbxh",
        P,
        "2021-07-22",
        "Đào tạo nghề cho lao động nông thôn",
        "Tôi 35 tuổi, làm nông nghiệp ở huyện Kim Sơn, muốn học nghề sửa chữa máy nông nghiệp. Tôi có được hỗ trợ "
        "học phí không?",
        "<p>Lao động nông thôn trong độ tuổi lao động có nhu cầu học nghề được hỗ trợ chi phí đào tạo trình độ sơ "
        "cấp và đào tạo dưới 3 tháng; người thuộc hộ nghèo, hộ cận nghèo, người khuyết tật được hỗ trợ mức cao "
        "hơn.</p><p>Ông đăng ký tại UBND xã nơi cư trú hoặc Phòng Lao động - Thương binh và Xã hội huyện Kim Sơn để "
        "được xét vào lớp sửa chữa máy nông nghiệp phù hợp.</p>",
    ),
    (
        "Lê Văn Cường",
        "giao-thong",
        "gtvt",
        P,
        "2021-03-30",
        "Đổi giấy phép lái xe sang thẻ PET",
        "Giấy phép lái xe hạng B2 bằng giấy của tôi cấp năm 2012. Tôi có bắt buộc phải đổi sang thẻ PET không và "
        "đổi ở đâu?",
        "<p>Giấy phép lái xe bằng giấy còn thời hạn vẫn có giá trị sử dụng. Ông có thể đổi sang giấy phép bằng vật "
        "liệu PET trực tuyến trên Cổng Dịch vụ công hoặc tại bộ phận một cửa của cơ quan cấp đổi.</p>",
    ),
    (
        "Tống Thị Vân",
        "giao-thong",
        "gtvt",
        P,
        "2021-08-25",
        "Lắp đèn tín hiệu tại nút giao gần trường học",
        "Nút giao gần Trường Tiểu học Ninh Phúc thường xuyên ùn tắc giờ tan học. Đề nghị lắp đèn tín hiệu giao thông.",
        "<p>Sở Giao thông vận tải đã phối hợp với UBND thành phố khảo sát nút giao và đưa vào kế hoạch lắp đặt đèn "
        "tín hiệu; trước mắt bố trí lực lượng hướng dẫn giao thông vào giờ cao điểm.</p>",
    ),
    (
        "Nguyễn Văn Long",
        "giao-thong",
        "gtvt",
        R,
        "2021-09-08",
        "Hư hỏng mặt đường tỉnh 477",
        "Đoạn đường tỉnh 477 qua xã Gia Hưng bị hư hỏng nhiều ổ gà, rất nguy hiểm khi trời mưa. Khi nào được sửa chữa?",
        "<p>Sở Giao thông vận tải đã kiểm tra hiện trường và giao đơn vị quản lý, bảo trì đường bộ vá các ổ gà trên "
        "đoạn đường tỉnh 477 qua xã Gia Hưng trong tháng 10/2021; trong thời gian chờ sửa chữa, đơn vị đã đặt biển "
        "cảnh báo. Kết quả đã được thông báo trực tiếp cho ông.</p>",
    ),
    (
        "Phạm Thị Hương",
        "chuyen-doi-so",
        "tttt",
        P,
        "2021-06-03",
        "Cài đặt chữ ký số để nộp hồ sơ trực tuyến",
        "Tôi là chủ hộ kinh doanh, muốn dùng chữ ký số để nộp hồ sơ trực tuyến. Có chữ ký số miễn phí cho người dân "
        "không?",
        "<p>Người dân có thể đăng ký chữ ký số cá nhân với các tổ chức cung cấp dịch vụ chứng thực chữ ký số công "
        "cộng; một số chương trình hỗ trợ chữ ký số miễn phí trong thời gian đầu. Bộ phận một cửa cấp xã và Sở "
        "Thông tin và Truyền thông sẵn sàng hướng dẫn cài đặt.</p>",
    ),
    (
        "Trần Văn Quang",
        "chuyen-doi-so",
        "tttt",
        R,
        "2021-08-04",
        "Sóng điện thoại yếu ở thôn vùng cao",
        "Thôn tôi ở xã Kỳ Phú, huyện Nho Quan sóng điện thoại rất yếu, không học trực tuyến được. Đề nghị các nhà "
        "mạng lắp thêm trạm.",
        "<p>Sở Thông tin và Truyền thông đã đề nghị các doanh nghiệp viễn thông khảo sát, bổ sung trạm phát sóng tại "
        "khu vực; kết quả đã được thông báo trực tiếp cho ông.</p>",
    ),
    (
        "Lý Thị Hoa",
        "chuyen-doi-so",
        "tttt",
        RC,
        1,
        "Tài khoản định danh điện tử không đăng nhập được Cổng Dịch vụ công",
        "Tôi đã có tài khoản định danh điện tử mức 2 nhưng không đăng nhập được Cổng Dịch vụ công của tỉnh. Tôi "
        "phải làm thế nào?",
        "",
    ),
    (
        "Quảng cáo dịch vụ",
        "thu-tuc-hanh-chinh",
        None,
        RJ,
        "2021-02-03",
        "Dịch vụ làm sổ đỏ nhanh, giá rẻ",
        "Nhận làm sổ đỏ nhanh trong 7 ngày, cam kết ra sổ, liên hệ ngay để được tư vấn miễn phí.",
        "",
    ),
]

# The answer is given this many days after the question arrived (by question number; ANSWER_DELAY otherwise).
# The deadline is QA_ANSWER_DAYS (20): questions 3, 22 and 26 were answered late.
ANSWER_DELAY = 12
ANSWER_DAYS = {
    1: 14, 2: 11, 3: 27, 4: 16, 5: 8, 6: 12, 7: 14, 8: 9, 9: 13, 10: 9, 11: 11, 12: 10, 13: 8, 14: 18,
    16: 6, 17: 10, 18: 14, 20: 9, 21: 15, 22: 25, 23: 13, 24: 7, 25: 12, 26: 24, 27: 12, 28: 10,
}  # fmt: skip
QA_OPENED = datetime.date(2021, 1, 4)  # the Q&A section opened on the portal (seed report: created in 2021)


def departments():
    """The demo departments, created when missing (found by slug, or by name when another demo created them)."""
    found = {}
    for key, (slug, name, short_name) in DEPARTMENTS.items():
        department = Department.objects.filter(slug=slug).first() or Department.objects.filter(name=name).first()
        if department is None:
            department = Department.objects.create(slug=slug, name=name, short_name=short_name, kind="department")
        found[key] = department
    return found


def topics():
    found = {}
    for order, (slug, name) in enumerate(TOPICS):
        topic = Topic.objects.filter(slug=slug).first() or Topic.objects.filter(name=name).first()
        if topic is None:
            topic = Topic.objects.create(slug=slug, name=name, sort_order=order)
        found[slug] = topic
    return found


def build_index(home):
    index_page = QAIndexPage.objects.first()
    if index_page is None:
        index_page = QAIndexPage(
            title="Hỏi - Đáp",
            slug="hoi-dap",
            show_in_menus=True,
            intro="Người dân, doanh nghiệp gửi câu hỏi về chính sách, thủ tục hành chính; cơ quan chuyên môn của "
            "tỉnh trả lời và đăng công khai trên Cổng.",
            form_intro="Vui lòng nêu rõ nội dung cần hỏi. Mỗi câu hỏi nên đề cập một vấn đề.",
            live=False,
        )
        home.add_child(instance=index_page)
        index_page.save_revision().publish()
        opened = timezone.make_aware(datetime.datetime.combine(QA_OPENED, datetime.time(8, 0)))
        QAIndexPage.objects.filter(pk=index_page.pk).update(first_published_at=opened, last_published_at=opened)
    return index_page


def attach_demo_staff():
    """The demo department-staff login (``sotttt``) works for Sở Thông tin và Truyền thông."""
    user = get_user_model().objects.filter(username="sotttt").first()
    if user is not None:
        departments()["tttt"].members.add(user)


@transaction.atomic
def build_questions(home):
    """/hoi-dap/ and the 30 demo questions; returns how many questions were added."""
    build_index(home)
    department_by_key = departments()
    topic_by_slug = topics()
    now = timezone.now()
    added = 0
    for number, (asker, topic, department, state, when, title, body, answer) in enumerate(QUESTIONS, 1):
        token = f"demo-qa-{number:02d}"
        if Question.objects.filter(submission_token=token).exists():
            continue
        received = _received_at(when, number, now)
        question = Question(
            asker_name=asker,
            asker_email=f"nguoihoi{number:02d}@example.com",
            asker_phone=f"0900 000 {number:03d}",
            asker_address=f"Số {number}, tỉnh Ninh Bình",
            topic=topic_by_slug[topic],
            title=title,
            body=body,
            channel=Channel.EMAIL if number % 7 == 0 else Channel.PHONE if number % 11 == 0 else Channel.WEB,
            submission_token=token,
            received_at=received,
        )
        workflow.receive(question)
        delay = ANSWER_DAYS.get(number, ANSWER_DELAY)
        _walk(question, state, department_by_key.get(department), answer, received, now, delay)
        # Demo content sends no e-mail: every step counts as notified when it happened.
        QuestionEvent.objects.filter(question=question).update(notified_at=F("created_at"))
        added += 1
    attach_demo_staff()
    return added


def _received_at(received, number, now):
    """A day of 2021 (during office hours), or ``received`` days before ``now``."""
    if isinstance(received, str):
        day = datetime.date.fromisoformat(received)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8 + number % 9, (number * 13) % 60)))
    return now - datetime.timedelta(days=received, hours=number)


def _walk(question, state, department, answer, received, now, delay=ANSWER_DELAY):
    """Take the question through the workflow to ``state``, dating each step as if it happened back then."""
    steps = []
    if state == Status.REJECTED:
        steps.append(("reject", {"reason": RejectReason.INAPPROPRIATE, "note": "Nội dung quảng cáo dịch vụ."}))
    elif state != Status.RECEIVED:
        steps.append(("assign", {"department": department}))
        if state in (Status.ANSWERED, Status.PUBLISHED, Status.REPLIED):
            steps.append(("answer", {"answer": answer}))
        if state == Status.PUBLISHED:
            steps.append(("publish", {}))
        elif state == Status.REPLIED:
            steps.append(("reply", {}))
    answered_at = min(received + datetime.timedelta(days=delay), now)
    for action, data in steps:
        if action == "publish":
            # The public page shows the answer's own date.
            Question.objects.filter(pk=question.pk).update(answered_at=answered_at)
            question.refresh_from_db()
        workflow.apply(question, action, None, system=True, **data)
    dates = {
        "receive": received,
        "reject": received + datetime.timedelta(days=2),
        "assign": received + datetime.timedelta(days=1),
        "answer": answered_at,
        "publish": min(answered_at + datetime.timedelta(days=1), now),
        "reply": min(answered_at + datetime.timedelta(days=1), now),
    }
    for event in question.events.all():
        QuestionEvent.objects.filter(pk=event.pk).update(created_at=min(dates.get(event.action, now), now))
    updates = {"assigned_at": dates["assign"] if question.assigned_at else None}
    if question.answered_at:
        updates["answered_at"] = answered_at
    if question.closed_at:
        updates["closed_at"] = dates["reject"] if state == Status.REJECTED else dates["reply"]
    Question.objects.filter(pk=question.pk).update(**updates)
    if question.page_id:  # the Q&A page went live when the answer was published
        QAPage.objects.filter(pk=question.page_id).update(
            first_published_at=dates["publish"], last_published_at=dates["publish"]
        )
